#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace gtol {

int installTranslations(QCoreApplication &app, const QString &language)
{
    QLocale::setDefault(QLocale(language == u"en" ? QLocale::English : QLocale::Japanese,
                                language == u"en" ? QLocale::UnitedStates : QLocale::Japan));
    if (language == u"en")
        return 0;

    int installed = 0;
    auto install = [&app, &installed](const QString &file, const QString &dir) {
        auto *translator = new QTranslator(&app);
        if (translator->load(file, dir)) {
            QCoreApplication::installTranslator(translator);
            ++installed;
        } else {
            delete translator;
        }
    };
    // Ours: one catalogue per area (core_rules_ja.qm, wizard_ja.qm, ...), all embedded.
    const QDir ours(QStringLiteral(":/i18n"));
    const QStringList catalogues = ours.entryList({QStringLiteral("*_") + language + QStringLiteral(".qm")}, QDir::Files);
    for (const QString &catalogue : catalogues)
        install(catalogue, ours.path());
    // Qt's own, from the Qt installation (windeployqt / macdeployqt copy them beside the app).
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    install(QStringLiteral("qtbase_") + language, qtDir);
    return installed;
}

} // namespace gtol
