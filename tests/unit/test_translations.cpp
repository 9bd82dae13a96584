// The Japanese UI is the default: a string that reaches the screen untranslated is a bug. This
// test asks lupdate what today's sources contain (scripts/update-translations --into) and fails,
// naming each string, when a catalogue is missing or a translation is empty or unfinished.
#include "catch.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

struct Untranslated
{
    QString context;
    QString source;
};

QList<Untranslated> untranslatedIn(const QString &tsPath, int *messageCount)
{
    QFile file(tsPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Untranslated> missing;
    QString context;
    QString source;
    *messageCount = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.name() == u"translation") {
            ++*messageCount;
            const bool unfinished = xml.attributes().value(QStringLiteral("type")) == u"unfinished";
            // Plural forms keep their text in <numerusform> children.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (unfinished || text.trimmed().isEmpty())
                missing.append({context, source});
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return missing;
}

} // namespace

TEST_CASE("Every user-visible string has a finished Japanese translation", "[translations]")
{
    QTemporaryDir refreshed;
    REQUIRE(refreshed.isValid());
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(GTOL_SOURCE_DIR));
    lupdate.start(QStringLiteral("bash"), {QStringLiteral("scripts/update-translations"), QStringLiteral("--into"),
                                           refreshed.path()});
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(lupdate.readAllStandardError().toStdString());
    REQUIRE(lupdate.exitCode() == 0);

    const QStringList catalogues = QDir(refreshed.path()).entryList({QStringLiteral("*_ja.ts")}, QDir::Files);
    REQUIRE_FALSE(catalogues.isEmpty());
    int totalMessages = 0;
    for (const QString &name : catalogues) {
        int messages = 0;
        const QList<Untranslated> missing = untranslatedIn(refreshed.filePath(name), &messages);
        totalMessages += messages;
        if (messages == 0)
            continue; // an area without visible strings needs no catalogue
        INFO("catalogue " << name.toStdString());
        CHECK(QFile::exists(QStringLiteral(GTOL_SOURCE_DIR "/translations/") + name));
        for (const Untranslated &m : missing) {
            UNSCOPED_INFO("untranslated [" << m.context.toStdString() << "] " << m.source.toStdString());
        }
        CHECK(missing.isEmpty());
    }
    // Guards against a broken lupdate run that finds nothing at all.
    CHECK(totalMessages > 0);
}
