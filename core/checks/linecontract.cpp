#include "linecontract.h"

#include <QCoreApplication>

namespace gtol {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gtol::LineContract", text);
}
} // namespace

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
    case LineContract::NotAnswered: return tr("(not answered yet)");
    case LineContract::FletsHikari: return tr("FLET'S Hikari (NTT East/West)");
    case LineContract::HikariCollabo: return tr("Hikari Collabo (docomo Hikari, SoftBank Hikari, OCN Hikari …)");
    case LineContract::CorporateVpn: return tr("Corporate VPN service on FLET'S Hikari");
    case LineContract::Isdn: return tr("ISDN");
    case LineContract::Adsl: return tr("ADSL");
    case LineContract::Mobile: return tr("Mobile phone line");
    case LineContract::Catv: return tr("Cable TV (CATV) line");
    case LineContract::PublicWifi: return tr("Public Wi-Fi");
    case LineContract::LeasedIpVpn: return tr("Leased-line IP-VPN network");
    case LineContract::DontKnow: return tr("I don't know");
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
