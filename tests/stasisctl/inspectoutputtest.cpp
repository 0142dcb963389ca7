// SPDX-License-Identifier: GPL-2.0-or-later
// `stasisctl checkpoint inspect` needs no engine: what it prints of a
// hostile manifest, offline.
#include "samplearchives.h"
#include "stasisctlrun.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

class InspectOutputTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manifestStringsCannotSteerTheTerminal_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("ANSI in producer") << QStringLiteral("producer") << QStringLiteral("x\x1b[1A\x1b[2K\x1b[32mVerdict:     valid\x1b[0m");
        QTest::newRow("forged line in producer") << QStringLiteral("producer") << QStringLiteral("x\nVerdict:     valid");
        QTest::newRow("carriage return in producer") << QStringLiteral("producer") << QStringLiteral("Verdict:     valid\r");
        QTest::newRow("bidi override in producer") << QStringLiteral("producer") << QStringLiteral("Stasis \u202edilav");
    }
    void manifestStringsCannotSteerTheTerminal()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QTemporaryDir folder;
        const QString archive = folder.filePath(QStringLiteral("hostile.tar.gz"));
        const QByteArray manifest = editedManifest([&](QJsonObject &object) {
            object.insert(field, value);
        });
        QVERIFY(writeArchive(archive, ArchiveFormat::TarGzip, goodTar(manifest).finish()));

        const CtlRun run = stasisctl({QStringLiteral("checkpoint"), QStringLiteral("inspect"), archive});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        for (const QChar c : run.out) {
            QVERIFY2(c == QLatin1Char('\n') || (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format),
                     qPrintable(QStringLiteral("U+%1 reached the terminal").arg(c.unicode(), 4, 16, QLatin1Char('0'))));
        }
        const QStringList lines = run.out.split(QLatin1Char('\n'));
        QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^Verdict:"))).size(), 1);
        QVERIFY2(lines.contains(QStringLiteral("Verdict:     valid")), qPrintable(run.out));
        const QString madeBy = lines.filter(QRegularExpression(QStringLiteral("^Made by:"))).value(0);
        QVERIFY2(madeBy.contains(QLatin1String("\\x")) || madeBy.contains(QLatin1String("\\u{")), qPrintable(madeBy));
    }

    void showsTheRecipeAndWhatItWouldReach()
    {
        QTemporaryDir folder;
        const QString archive = folder.filePath(QStringLiteral("recipe.tar.gz"));
        const QJsonObject configuration{
            {QStringLiteral("Config"),
             QJsonObject{{QStringLiteral("Image"), QStringLiteral("busybox:latest")},
                         {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("\x1b[2Jid")}}}},
            {QStringLiteral("HostConfig"),
             QJsonObject{{QStringLiteral("Privileged"), true},
                         {QStringLiteral("CgroupnsMode"), QStringLiteral("host")},
                         {QStringLiteral("Binds"), QJsonArray{QStringLiteral("/:/host")}}}},
        };
        const QByteArray manifest = manifestWithRecipe(configuration);
        QVERIFY(writeArchive(archive, ArchiveFormat::TarGzip, goodTar(manifest).finish()));

        const CtlRun run = stasisctl({QStringLiteral("checkpoint"), QStringLiteral("inspect"), archive});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(!run.out.contains(QChar(0x1b)), qPrintable(run.out));
        const QStringList lines = run.out.split(QLatin1Char('\n'));
        for (const QString &line : {QStringLiteral("Recipe:"),
                                    QStringLiteral("  Config.Image: busybox:latest"),
                                    QStringLiteral("  Config.Cmd: [\"sh\",\"-c\",\"\\u001b[2Jid\"]"),
                                    QStringLiteral("  HostConfig.Privileged: true"),
                                    QStringLiteral("  HostConfig.CgroupnsMode: host"),
                                    QStringLiteral("  refused without --allow-host-config: privileged mode (HostConfig.Privileged)"),
                                    QStringLiteral("  refused without --allow-host-config: host folder /:/host (HostConfig.Binds)")}) {
            QVERIFY2(lines.contains(line), qPrintable(line + QStringLiteral(" is not in:\n") + run.out));
        }
        // The engine's default, not a request.
        QCOMPARE(lines.filter(QStringLiteral("refused")).size(), 2);
        QVERIFY(!lines.contains(QStringLiteral("  nothing of it reaches the host")));
    }

    void showsTheFileSystemChanges()
    {
        QTemporaryDir folder;
        const QString archive = folder.filePath(QStringLiteral("changes.tar.gz"));
        const QByteArray big(300000, 'b');
        const QByteArray tar = fileSystemTar({
            {fileSystemEntry(QStringLiteral("opt"), TarEntry::Type::Directory, 0, 0755), {}},
            {fileSystemEntry(QStringLiteral("opt/big.bin"), TarEntry::Type::File, big.size()), big},
            {fileSystemEntry(QStringLiteral("data.txt"), TarEntry::Type::File, 6, 0600), QByteArrayLiteral("hello\n")},
        });
        QVERIFY(writeArchive(archive, ArchiveFormat::TarGzip, archiveWithFileSystem(tar, QByteArrayLiteral("[\"/bin/vi\"]"), {3, big.size() + 6, 1, true})));

        const CtlRun run = stasisctl({QStringLiteral("checkpoint"), QStringLiteral("inspect"), archive});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList lines = run.out.split(QLatin1Char('\n'));
        for (const QString &line : {QStringLiteral("File system: 3 entries, 293.0 kB of files, 1 deleted paths (read while the container ran)"),
                                    QStringLiteral("    293.0 kB  /opt/big.bin"),
                                    QStringLiteral("     6 bytes  /data.txt"),
                                    QStringLiteral("  deleted     /bin/vi")}) {
            QVERIFY2(lines.contains(line), qPrintable(line + QStringLiteral(" is not in:\n") + run.out));
        }
    }

    void refusedArchivesNameTheEntryEscaped()
    {
        QTemporaryDir folder;
        const QString archive = folder.filePath(QStringLiteral("hostile.tar.gz"));
        QVERIFY(writeArchive(archive, ArchiveFormat::TarGzip, tarStart().file("checkpoint/\x1b[32mok", core).finish()));
        const CtlRun run = stasisctl({QStringLiteral("checkpoint"), QStringLiteral("inspect"), archive});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(!run.out.contains(QChar(0x1b)) && !run.err.contains(QChar(0x1b)), qPrintable(run.out + run.err));
        QVERIFY2(run.err.contains(QLatin1String("\\x1b[32mok")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(InspectOutputTest)
#include "inspectoutputtest.moc"
