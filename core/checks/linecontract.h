#pragma once

#include <QList>
#include <QString>

namespace gtol {

// The clerk's answer about the internet line contract: the one requirement no program can
// measure. Keys are stable (journal, draft, JSON); labels are the names the real guide uses.
enum class LineContract {
    NotAnswered,
    FletsHikari,  // フレッツ光 (recommended)
    HikariCollabo, // 光コラボ (ドコモ光, ソフトバンク光, OCN光 …)
    CorporateVpn, // フレッツ光を基盤とした法人VPN
    Isdn,
    Adsl,
    Mobile,       // 携帯回線
    Catv,
    PublicWifi,
    LeasedIpVpn,  // 専用線IP-VPN網
    DontKnow,
};

const QList<LineContract> &allLineContracts(); // in the order a choice list shows them
QString lineContractKey(LineContract contract);
LineContract lineContractForKey(const QString &key); // NotAnswered when unknown
QString lineContractLabel(LineContract contract);    // translated
bool lineContractSupportsIpsec(LineContract contract); // false also for NotAnswered / DontKnow
bool lineContractRulesOutIpsec(LineContract contract); // the guide's "not possible" list

} // namespace gtol
