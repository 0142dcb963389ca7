// SPDX-License-Identifier: GPL-2.0-or-later
// Kills in the middle of moving a checkpoint: stasisctl killed (SIGKILL)
// while it uploads an import and while it writes an export, and the engine
// stopped while an import uploads. No partial checkpoint is ever listed, no
// partial export file appears under its name, and the next import or export
// of the same thing succeeds.
#include "containerfolders.h"
#include "stasisctlrun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

using namespace Stasis;
using namespace Stasis::Test;

namespace
{
// An engine of its own for the engine kill: stopping the shared one would disturb other tests.
const QString sandboxName = QStringLiteral("killtest");
const QString checkpointName = QStringLiteral("big-cp");

/// A counter that first holds about 100 MB of incompressible text in a shell
/// variable: its checkpoint takes a second or so to upload.
QStringList holderCommand()
{
    return {QStringLiteral("/bin/sh"),
            QStringLiteral("-c"),
            QStringLiteral("x=$(head -c 75000000 /dev/urandom | base64); i=0; while true; do echo $i; i=$(expr $i + 1); sleep 1; done")};
}

/// The largest file that process @p pid has open in @p folder, also one without a name (O_TMPFILE); -1 for none.
qint64 largestOpenFileIn(qint64 pid, const QString &folder)
{
    qint64 largest = -1;
    const QString fds = QStringLiteral("/proc/%1/fd").arg(pid);
    for (const QString &fd : QDir(fds).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        const QByteArray link = QFile::encodeName(fds + QLatin1Char('/') + fd);
        char target[4096];
        const ssize_t length = ::readlink(link.constData(), target, sizeof target - 1);
        if (length <= 0 || !QFile::decodeName(QByteArray(target, length)).startsWith(folder + QLatin1Char('/'))) {
            continue;
        }
        struct stat status{};
        if (::stat(link.constData(), &status) == 0 && S_ISREG(status.st_mode)) {
            largest = std::max<qint64>(largest, status.st_size);
        }
    }
    return largest;
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}
} // namespace

class ArchiveKillTest : public QObject
{
    Q_OBJECT

private:
    EngineClient *m_client = nullptr;
    QString m_prefix = QStringLiteral("stasis-killtest-%1-%2-").arg(QCoreApplication::applicationPid()).arg(QDateTime::currentMSecsSinceEpoch());
    QString m_holder = m_prefix + QStringLiteral("holder");
    QTemporaryDir m_work;
    QString m_archive;
    QList<int> m_frozen;
    /// Containers per engine client, removed at the end with the helpers a killed stasisctl left over them.
    QList<std::pair<EngineClient *, QString>> m_containers;
    QStringList m_readers;
    /// The own engine of engineStoppedMidImportLeavesNoCheckpoint(), stopped at the end.
    EngineClient *m_engine = nullptr;
    QStringList m_engineReaders;

    EngineResult<QString> createContainer(EngineClient &client, const QString &name)
    {
        ContainerSpec spec;
        spec.name = name;
        spec.image = sandboxImage();
        spec.command = holderCommand();
        spec.stopTimeoutSeconds = 1;
        const auto id = await(client.createContainer(spec));
        if (id) {
            m_containers.append({&client, name});
        }
        return id;
    }

    void removeContainers(EngineClient &client)
    {
        for (const auto &[owner, container] : std::as_const(m_containers)) {
            if (owner != &client) {
                continue;
            }
            if (const auto details = await(client.inspectContainer(container))) {
                // What a killed stasisctl left: an import's helpers over the folder, an export's over its checkpoints.
                for (const QString &helper : helpersOver(client, details->id, false).value_or(QStringList())) {
                    await(client.removeContainer(helper, true, true));
                }
            }
            await(client.removeContainer(container, true));
        }
    }

    /// SIGKILLs @p process and waits for its end.
    static bool killProcess(QProcess &process)
    {
        QSignalSpy finished(&process, &QProcess::finished);
        process.kill();
        return finished.wait(10000) && process.exitStatus() == QProcess::CrashExit;
    }

    /// Starts stasisctl with @p arguments; the caller waits for it.
    static std::unique_ptr<QProcess> startCtl(const QStringList &arguments)
    {
        auto process = std::make_unique<QProcess>();
        process->setProgram(QStringLiteral(STASISCTL_PATH));
        process->setArguments(arguments);
        process->start();
        return process;
    }

    /// Waits until @p process said @p words on its standard error; what it said so far.
    static bool waitForMessage(QProcess &process, QString &said, const QString &words, int timeoutMs = 60000)
    {
        QElapsedTimer elapsed;
        elapsed.start();
        QSignalSpy output(&process, &QProcess::readyReadStandardError);
        while (!said.contains(words) && process.state() != QProcess::NotRunning && elapsed.elapsed() < timeoutMs) {
            output.wait(int(timeoutMs - elapsed.elapsed()));
            said += QString::fromUtf8(process.readAllStandardError());
        }
        return said.contains(words);
    }

    /// Waits until @p folder on the engine host (seen through @p reader) was modified after @p before:
    /// the engine created the import's staging folder in it.
    static int stagingFolders(const QStringList &names)
    {
        return int(std::count_if(names.begin(), names.end(), [](const QString &name) {
            return name.startsWith(CheckpointStager::stagingPrefix);
        }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        m_archive = m_work.filePath(QStringLiteral("big.tar.zst"));
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
        const auto created = createContainer(*m_client, m_holder);
        QVERIFY2(created, why(created).constData());
        const auto started = await(m_client->startContainer(m_holder));
        QVERIFY2(started, why(started).constData());
        const auto counting = waitForCounterValues(*m_client, m_holder, 2, 60000);
        QVERIFY2(counting, why(counting).constData());
        const auto checkpointed = checkpoint(*m_client, m_holder, CheckpointOptions{checkpointName, false, {}});
        QVERIFY2(checkpointed, why(checkpointed).constData());
        QTRY_VERIFY_WITH_TIMEOUT(!await(m_client->inspectContainer(m_holder))->running, 10000);
        const auto frozen = await(m_client->logs(m_holder));
        QVERIFY2(frozen, why(frozen).constData());
        m_frozen = counterValues(*frozen);
        QVERIFY(!m_frozen.isEmpty());

        const CtlRun exported = stasisctl({QStringLiteral("checkpoint"), QStringLiteral("export"), m_holder, checkpointName, QStringLiteral("-o"), m_archive});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        // Large enough that the upload lasts long enough to be interrupted.
        QVERIFY2(QFileInfo(m_archive).size() > 64 * 1024 * 1024, qPrintable(QString::number(QFileInfo(m_archive).size())));
    }

    void cleanupTestCase()
    {
        // Here rather than in the test functions: after a failure, QTest waits no more in that function.
        if (m_engine) {
            for (const QString &reader : std::as_const(m_engineReaders)) {
                await(m_engine->removeContainer(reader, true, true));
            }
            removeContainers(*m_engine);
        }
        const auto down = runSandbox({QStringLiteral("down"), sandboxName});
        QVERIFY2(down, why(down).constData());
        if (m_client) {
            for (const QString &reader : std::as_const(m_readers)) {
                await(m_client->removeContainer(reader, true, true));
            }
            removeContainers(*m_client);
        }
    }

    void killedImportLeavesNoCheckpoint()
    {
        const QString target = m_prefix + QStringLiteral("import");
        const auto id = createContainer(*m_client, target);
        QVERIFY2(id, why(id).constData());
        QString folder;
        const auto watch = watchFolder(*m_client, target, &folder, &m_readers);
        QVERIFY(watch);

        auto importer = startCtl({QStringLiteral("checkpoint"), QStringLiteral("import"), m_archive, target});
        QString said;
        QVERIFY2(waitForMessage(*importer, said, QStringLiteral("Sending")), qPrintable(said));
        QVERIFY2(waitForFolderChange(*m_client, watch->first, watch->second, running(*importer)), qPrintable(said));
        QVERIFY(killProcess(*importer));

        // Killed mid-upload: the staging folder stays behind, and nothing is listed.
        QCOMPARE(checkpointNames(*m_client, target), QStringList());
        const auto debris = folderNames(*m_client, folder);
        QVERIFY2(debris, why(debris).constData());
        QCOMPARE(stagingFolders(*debris), 1);

        // The debris is not in the way of the next import under that name, and that one is whole.
        const CtlRun again = stasisctl({QStringLiteral("checkpoint"), QStringLiteral("import"), m_archive, target});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(checkpointNames(*m_client, target), QStringList{checkpointName});
        const auto restored = restore(*m_client, target, checkpointName);
        QVERIFY2(restored, why(restored).constData());
        const auto values = waitForCounterValues(*m_client, target, 2);
        QVERIFY2(values, why(values).constData());
        QCOMPARE(values->first(), m_frozen.last() + 1);
    }

    void killedExportLeavesNoFile()
    {
        const QString folder = m_work.filePath(QStringLiteral("exports"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/killed.tar.zst");
        const QStringList arguments{QStringLiteral("checkpoint"), QStringLiteral("export"), m_holder, checkpointName, QStringLiteral("-o"), path};

        auto exporter = startCtl(arguments);
        QString said;
        QVERIFY2(waitForMessage(*exporter, said, QStringLiteral("Writing")), qPrintable(said));
        // Well under way: megabytes of the archive are written.
        QTRY_VERIFY_WITH_TIMEOUT(largestOpenFileIn(exporter->processId(), folder) > 4 * 1024 * 1024 || exporter->state() != QProcess::Running, 60000);
        QCOMPARE(exporter->state(), QProcess::Running);
        QVERIFY(killProcess(*exporter));

        QVERIFY(!QFileInfo::exists(path));
        // At most the empty placeholder that marks the export in progress; no data.
        const QString placeholder = QStringLiteral(".killed.tar.zst.stasis-partial");
        const QStringList left = entriesOf(folder);
        QVERIFY2(left.isEmpty() || left == QStringList{placeholder}, qPrintable(left.join(QLatin1Char(' '))));
        if (!left.isEmpty()) {
            QCOMPARE(QFileInfo(folder + QLatin1Char('/') + placeholder).size(), 0);
        }

        // The next export to that name removes the placeholder and writes a whole archive.
        const CtlRun again = stasisctl(arguments);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(entriesOf(folder), QStringList{QStringLiteral("killed.tar.zst")});
        const CtlRun inspected = stasisctl({QStringLiteral("checkpoint"), QStringLiteral("inspect"), path});
        QVERIFY2(inspected.exitCode == 0, qPrintable(inspected.err));
    }

    void engineStoppedMidImportLeavesNoCheckpoint()
    {
        const auto host = runSandbox({QStringLiteral("up"), sandboxName});
        QVERIFY2(host, why(host).constData());
        const QString url = host->mid(int(qstrlen("DOCKER_HOST=")));
        const auto connected = connectTo(url, this);
        QVERIFY2(connected, why(connected).constData());
        EngineClient *engine = *connected;
        m_engine = engine;
        const QString target = m_prefix + QStringLiteral("engine");
        const auto id = createContainer(*engine, target);
        QVERIFY2(id, why(id).constData());
        QString folder;
        const auto watch = watchFolder(*engine, target, &folder, &m_engineReaders);
        QVERIFY(watch);
        const QString reader = watch->first;

        auto importer = startCtl({QStringLiteral("--host"), url, QStringLiteral("checkpoint"), QStringLiteral("import"), m_archive, target});
        QString said;
        QVERIFY2(waitForMessage(*importer, said, QStringLiteral("Sending")), qPrintable(said));
        QVERIFY2(waitForFolderChange(*engine, reader, watch->second, running(*importer)), qPrintable(said));
        const auto down = runSandbox({QStringLiteral("down"), sandboxName});
        QVERIFY2(down, why(down).constData());

        // stasisctl gives up with one clear line instead of hanging.
        QSignalSpy finished(importer.get(), &QProcess::finished);
        QVERIFY(importer->state() == QProcess::NotRunning || finished.wait(120000));
        said += QString::fromUtf8(importer->readAllStandardError());
        QCOMPARE(importer->exitStatus(), QProcess::NormalExit);
        QCOMPARE(importer->exitCode(), 1);
        const QString last = said.trimmed().section(QLatin1Char('\n'), -1);
        QVERIFY2(last.startsWith(QLatin1String("stasisctl: Cannot import checkpoint big-cp")), qPrintable(said));
        QVERIFY2(last.contains(QLatin1String("Lost the connection to the engine")), qPrintable(last));
        QVERIFY2(last.contains(QLatin1String("Its partly imported data stays in")), qPrintable(last));
        // The reason once, not again after the leftover's path.
        QCOMPARE(last.count(QLatin1String("Lost the connection")), 1);

        const auto up = runSandbox({QStringLiteral("up"), sandboxName});
        QVERIFY2(up, why(up).constData());
        engine->resetConnections();
        // Stopped mid-upload: the staging folder stays behind, and nothing is listed.
        QCOMPARE(checkpointNames(*engine, target), QStringList());
        const auto debris = folderNames(*engine, folder);
        QVERIFY2(debris, why(debris).constData());
        QCOMPARE(stagingFolders(*debris), 1);

        const CtlRun again = stasisctl({QStringLiteral("--host"), url, QStringLiteral("checkpoint"), QStringLiteral("import"), m_archive, target});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(checkpointNames(*engine, target), QStringList{checkpointName});
    }
};

QTEST_GUILESS_MAIN(ArchiveKillTest)
#include "archivekilltest.moc"
