#include "linecontract.h"

#include <QCoreApplication>

namespace gtol {

const QList<LineContract> &allLineContracts()
{
    static const QList<LineContract> all{
        LineContract::NotAnswered, LineContract::FletsHikari, LineContract::HikariCollabo,
        LineContract::CorporateVpn, LineContract::Isdn,       LineContract::Adsl,
        LineContract::Mobile,       LineContract::Catv,       LineContract::PublicWifi,
        LineContract::LeasedIpVpn,  LineContract::DontKnow,
    };
    return all;
}

QString lineContractKey(LineContract contract)
{
    switch (contract) {
    case LineContract::NotAnswered: return QStringLiteral("notAnswered");
    case LineContract::FletsHikari: return QStringLiteral("fletsHikari");
    case LineContract::HikariCollabo: return QStringLiteral("hikariCollabo");
    case LineContract::CorporateVpn: return QStringLiteral("corporateVpn");
    case LineContract::Isdn: return QStringLiteral("isdn");
    case LineContract::Adsl: return QStringLiteral("adsl");
    case LineContract::Mobile: return QStringLiteral("mobile");
    case LineContract::Catv: return QStringLiteral("catv");
    case LineContract::PublicWifi: return QStringLiteral("publicWifi");
    case LineContract::LeasedIpVpn: return QStringLiteral("leasedIpVpn");
    case LineContract::DontKnow: return QStringLiteral("dontKnow");
    }
    return QStringLiteral("notAnswered");
}

LineContract lineContractForKey(const QString &key)
{
    for (const LineContract contract : allLineContracts()) {
        if (lineContractKey(contract) == key)
            return contract;
    }
    return LineContract::NotAnswered;
}

QString lineContractLabel(LineContract contract)
{
    switch (contract) {
    case LineContract::NotAnswered: return QCoreApplication::translate("gtol::LineContract", "(not answered yet)");
    case LineContract::FletsHikari: return QCoreApplication::translate("gtol::LineContract", "FLET'S Hikari (NTT East/West)");
    case LineContract::HikariCollabo: return QCoreApplication::translate("gtol::LineContract", "Hikari Collabo (docomo Hikari, SoftBank Hikari, OCN Hikari …)");
    case LineContract::CorporateVpn: return QCoreApplication::translate("gtol::LineContract", "Corporate VPN service on FLET'S Hikari");
    case LineContract::Isdn: return QCoreApplication::translate("gtol::LineContract", "ISDN");
    case LineContract::Adsl: return QCoreApplication::translate("gtol::LineContract", "ADSL");
    case LineContract::Mobile: return QCoreApplication::translate("gtol::LineContract", "Mobile phone line");
    case LineContract::Catv: return QCoreApplication::translate("gtol::LineContract", "Cable TV (CATV) line");
    case LineContract::PublicWifi: return QCoreApplication::translate("gtol::LineContract", "Public Wi-Fi");
    case LineContract::LeasedIpVpn: return QCoreApplication::translate("gtol::LineContract", "Leased-line IP-VPN network");
    case LineContract::DontKnow: return QCoreApplication::translate("gtol::LineContract", "I don't know");
    }
    return {};
}

bool lineContractSupportsIpsec(LineContract contract)
{
    return contract == LineContract::FletsHikari || contract == LineContract::HikariCollabo
        || contract == LineContract::CorporateVpn;
}

bool lineContractRulesOutIpsec(LineContract contract)
{
    switch (contract) {
    case LineContract::Isdn:
    case LineContract::Adsl:
    case LineContract::Mobile:
    case LineContract::Catv:
    case LineContract::PublicWifi:
    case LineContract::LeasedIpVpn:
        return true;
    default:
        return false;
    }
}

} // namespace gtol
