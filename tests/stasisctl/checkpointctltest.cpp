// SPDX-License-Identifier: GPL-2.0-or-later
// A peer reads Stasis's archives: a running counter's checkpoint exported
// by the built stasisctl to every tar format, then `checkpointctl show` and
// `checkpointctl inspect --ps-tree-cmd` (Debian's checkpointctl, in the build
// environment) on each file. Both succeed and name the container, its image
// and its processes from the config.dump, spec.dump and CRIU images of the
// archive. (That the same archives import and restore is
// archiveroundtriptest's.)
#include "archiveformat.h"
#include "enginetestsupport.h"
#include "stasisctlrun.h"

#include <QTemporaryDir>

using namespace Stasis;
using namespace Stasis::Test;

namespace
{
struct PeerRun {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs Debian's checkpointctl with @p arguments to its end.
PeerRun checkpointctl(const QStringList &arguments)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral("checkpointctl"), arguments);
    if (!finished.wait(60000) || process.exitStatus() != QProcess::NormalExit) {
        return {-1, {}, QStringLiteral("checkpointctl %1 did not finish: %2").arg(arguments.join(QLatin1Char(' ')), process.errorString())};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}
} // namespace

class CheckpointctlTest : public QObject
{
    Q_OBJECT

private:
    EngineClient *m_client = nullptr;
    const QString m_container = QStringLiteral("stasis-cctltest-%1-%2").arg(QCoreApplication::applicationPid()).arg(QDateTime::currentMSecsSinceEpoch());
    const QString m_checkpoint = QStringLiteral("cp-peer");
    QString m_shortId;
    QTemporaryDir m_work;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
        const auto id = startCounter(*m_client, m_container);
        QVERIFY2(id, why(id).constData());
        m_shortId = id->left(12);
        const auto counting = waitForCounterValues(*m_client, m_container, 3);
        QVERIFY2(counting, why(counting).constData());
        const CtlRun created =
            stasisctl({QStringLiteral("checkpoint"), QStringLiteral("create"), QStringLiteral("--leave-running"), m_container, m_checkpoint});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    }

    void cleanupTestCase()
    {
        if (m_client) {
            await(m_client->removeContainer(m_container, true));
        }
    }

    void checkpointctlReadsTheExport_data()
    {
        QTest::addColumn<ArchiveFormat>("format");
        for (const ArchiveFormat format : ArchiveFormats::all()) {
            if (ArchiveFormats::isTar(format)) {
                QTest::newRow(qPrintable(ArchiveFormats::name(format))) << format;
            }
        }
    }

    void checkpointctlReadsTheExport()
    {
        QFETCH(ArchiveFormat, format);
        const QString archive = m_work.filePath(QStringLiteral("counter") + ArchiveFormats::suffix(format));
        const CtlRun exported = stasisctl({QStringLiteral("checkpoint"),
                                           QStringLiteral("export"),
                                           QStringLiteral("--format"),
                                           ArchiveFormats::name(format),
                                           m_container,
                                           m_checkpoint,
                                           QStringLiteral("-o"),
                                           archive});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));

        const PeerRun shown = checkpointctl({QStringLiteral("show"), archive});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        // One row: container, image, short id, runtime, created, engine, checkpoint size.
        const QStringList rows = shown.out.split(QLatin1Char('\n')).filter(m_container);
        QCOMPARE(rows.size(), 1);
        QVERIFY2(rows.first().contains(QLatin1String("| ") + sandboxImage() + QLatin1Char(' ')), qPrintable(shown.out));
        QVERIFY2(rows.first().contains(QLatin1String("| ") + m_shortId + QLatin1Char(' ')), qPrintable(shown.out));
        QVERIFY2(rows.first().contains(QLatin1String("| runc ")), qPrintable(shown.out));

        const PeerRun inspected = checkpointctl({QStringLiteral("inspect"), QStringLiteral("--ps-tree-cmd"), archive});
        QVERIFY2(inspected.exitCode == 0, qPrintable(inspected.err));
        const QStringList lines = inspected.out.split(QLatin1Char('\n'));
        QVERIFY2(lines.contains(m_container), qPrintable(inspected.out));
        QVERIFY2(inspected.out.contains(QLatin1String("Image: ") + sandboxImage()), qPrintable(inspected.out));
        QVERIFY2(inspected.out.contains(QLatin1String("Checkpointed: ")), qPrintable(inspected.out));
        QVERIFY2(inspected.out.contains(QLatin1String("Process tree")), qPrintable(inspected.out));
        // The counter's shell is the container's first process; its command line comes from the memory pages.
        const QStringList shell = lines.filter(QLatin1String("[1]  /bin/sh -c i=0; while true; do echo $i;"));
        QVERIFY2(shell.size() == 1, qPrintable(inspected.out));
    }
};

QTEST_GUILESS_MAIN(CheckpointctlTest)
#include "checkpointctltest.moc"
