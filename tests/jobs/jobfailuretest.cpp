// SPDX-License-Identifier: GPL-2.0-or-later
// Jobs when things go wrong, through the JobQueue against real engines: a
// checkpoint cancelled while the engine works on it, restores whose CRIU
// failure details reach the jobs panel through RewindJob and RestoreFromJob,
// and an engine that stops while a job runs.
#include "createcheckpointjob.h"
#include "enginetestsupport.h"
#include "jobqueue.h"
#include "restorefromjob.h"
#include "rewindjob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

namespace
{
// An engine of its own: stopping the shared one would disturb other tests.
const QString stoppingSandbox = QStringLiteral("gaps-stop");

QString logText(const JobQueue::Record &record)
{
    QStringList lines;
    for (const JobQueue::LogEntry &entry : record.log) {
        lines.append(entry.text);
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

class JobFailureTest : public QObject
{
    Q_OBJECT

private:
    EngineClient *m_client = nullptr;
    EngineClient *m_stoppingClient = nullptr;
    QString m_prefix = QStringLiteral("stasis-jobfail-%1-").arg(QCoreApplication::applicationPid());
    QStringList m_containers;

    /// A counter container on @p client; @p init adds `--init`, @p command replaces the counter.
    EngineResult<QString> createCounter(EngineClient *client, const QString &suffix, bool init, bool start, const QStringList &command = counterCommand())
    {
        const QJsonObject body{
            {QLatin1String("Image"), sandboxImage()},
            {QLatin1String("Cmd"), QJsonArray::fromStringList(command)},
            {QLatin1String("StopTimeout"), 1},
            {QLatin1String("HostConfig"), QJsonObject{{QLatin1String("NetworkMode"), QStringLiteral("none")}, {QLatin1String("Init"), init}}}};
        const QString name = m_prefix + suffix;
        await(client->removeContainer(name, true));
        ContainerSpec spec;
        spec.name = name;
        spec.configuration = body;
        const auto created = await(client->createContainer(spec));
        if (!created) {
            return std::unexpected(created.error());
        }
        if (client == m_client) {
            m_containers.append(name);
        }
        if (start) {
            if (const auto started = await(client->startContainer(name)); !started) {
                return std::unexpected(started.error());
            }
        }
        return name;
    }

    static bool waitUntilFinished(JobQueue &queue, JobQueue::Id id, int timeoutMs = 120000)
    {
        return QTest::qWaitFor(
            [&] {
                return queue.record(id)->isFinished();
            },
            timeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("stasis-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("jobfailuretest"));
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
    }

    void cleanupTestCase()
    {
        for (const QString &container : std::as_const(m_containers)) {
            await(m_client->removeContainer(container, true));
        }
        if (m_stoppingClient) {
            await(m_stoppingClient->removeContainer(m_prefix + QStringLiteral("stopping"), true));
        }
        runSandbox({QStringLiteral("down"), stoppingSandbox});
    }

    void cancelsACheckpointAndSaysWhatIsLeft()
    {
        const auto container = createCounter(m_client, QStringLiteral("cancel"), false, true);
        QVERIFY2(container, why(container).constData());
        QVERIFY(waitForCounterValues(*m_client, *container, 2));

        JobQueue queue;
        const JobQueue::Id id = queue.enqueue(
            [this, container] {
                return new CreateCheckpointJob(m_client, *container, CheckpointOptions{QStringLiteral("cancelled-cp"), true, {}});
            },
            *container,
            QStringLiteral("checkpoint to cancel"));
        QCOMPARE(queue.record(id)->state, JobQueue::State::Running);
        QVERIFY(queue.record(id)->killable);
        // No signal says the request left; a checkpoint of this small container takes about 200 ms: cancel while the engine works on it.
        QTest::qWait(50);
        QVERIFY(queue.cancel(id));
        QCOMPARE(queue.record(id)->state, JobQueue::State::Cancelled);

        // The job reports the state it leaves behind, after it ended; the report is true.
        QTRY_VERIFY_WITH_TIMEOUT(logText(*queue.record(id)).contains(QLatin1String("After cancelling:")), 15000);
        const QString log = logText(*queue.record(id));
        const auto details = await(m_client->inspectContainer(*container));
        QVERIFY2(details, why(details).constData());
        QVERIFY2(log.contains(details->running ? QStringLiteral("%1 is running.").arg(*container) : QStringLiteral("%1 is stopped").arg(*container)),
                 qPrintable(log));
        const auto checkpoints = await(m_client->checkpoints(*container));
        QVERIFY2(checkpoints, why(checkpoints).constData());
        QVERIFY2(log.contains(checkpoints->isEmpty() ? QLatin1String("was not created") : QLatin1String("exists")), qPrintable(log));

        // The queue goes on: the same checkpoint again, to the end.
        const JobQueue::Id again = queue.enqueue(
            [this, container] {
                return new CreateCheckpointJob(m_client, *container, CheckpointOptions{QStringLiteral("after-cancel"), true, {}});
            },
            *container,
            QStringLiteral("checkpoint after the cancel"));
        QVERIFY(waitUntilFinished(queue, again));
        QVERIFY2(queue.record(again)->state == JobQueue::State::Done, qPrintable(queue.record(again)->errorText));
    }

    void rewindAndRestoreIntoHandOnCriuDetails()
    {
        // Measured on Docker 26.1.5 + CRIU 4.1.1: a container with --init checkpoints, but does not restore.
        const auto source = createCounter(m_client, QStringLiteral("init"), true, true);
        QVERIFY2(source, why(source).constData());
        QVERIFY(waitForCounterValues(*m_client, *source, 2));
        const auto created = checkpoint(*m_client, *source, CheckpointOptions{QStringLiteral("init-cp"), true, {}});
        QVERIFY2(created, why(created).constData());
        const auto clone = createCounter(m_client, QStringLiteral("init-clone"), true, false);
        QVERIFY2(clone, why(clone).constData());

        JobQueue queue;
        const JobQueue::Id rewind = queue.enqueue(
            [this, source] {
                return new RewindJob(JobTarget{m_client, *source, QStringLiteral("init-cp")});
            },
            *source,
            QStringLiteral("rewind"));
        const JobQueue::Id into = queue.enqueue(
            [this, source, clone] {
                return new RestoreFromJob(m_client, CheckpointCopy::Source{*source, {}, QStringLiteral("init-cp")}, *clone);
            },
            *clone,
            QStringLiteral("restore into"));
        QVERIFY(waitUntilFinished(queue, rewind));
        QVERIFY(waitUntilFinished(queue, into));
        for (const JobQueue::Id id : {rewind, into}) {
            const JobQueue::Record &record = *queue.record(id);
            QVERIFY2(record.state == JobQueue::State::Failed, qPrintable(record.description));
            QVERIFY2(record.errorText.contains(QLatin1String("criu failed")), qPrintable(record.errorText));
            // The inner RestoreJob's details: CRIU's advice for its generic error, at least (the log itself may be gone, moby#40529).
            QVERIFY2(record.errorDetails.contains(QLatin1String("generic failure")), qPrintable(record.errorDetails));
        }
    }

    void survivesTheEngineStoppingMidJob()
    {
        const auto host = runSandbox({QStringLiteral("up"), stoppingSandbox});
        QVERIFY2(host, why(host).constData());
        const auto client = connectTo(host->mid(int(qstrlen("DOCKER_HOST="))), this);
        QVERIFY2(client, why(client).constData());
        m_stoppingClient = *client;
        // About 200 MB of memory: the dump takes seconds, long enough to stop the engine meanwhile.
        const QStringList heavy{
            QStringLiteral("/bin/sh"),
            QStringLiteral("-c"),
            QStringLiteral("x=$(head -c 200000000 /dev/zero | tr '\\000' a); i=0; while true; do echo $i; i=$(expr $i + 1); sleep 1; done")};
        const auto container = createCounter(m_stoppingClient, QStringLiteral("stopping"), false, true, heavy);
        QVERIFY2(container, why(container).constData());
        QVERIFY(waitForCounterValues(*m_stoppingClient, *container, 1, 60000));

        JobQueue queue;
        const auto checkpointJob = [this, container](const QString &name) {
            return [this, container, name] {
                return new CreateCheckpointJob(m_stoppingClient, *container, CheckpointOptions{name, true, {}});
            };
        };
        const JobQueue::Id id = queue.enqueue(checkpointJob(QStringLiteral("interrupted")), *container, QStringLiteral("interrupted checkpoint"));
        QCOMPARE(queue.record(id)->state, JobQueue::State::Running);
        QTest::qWait(300); // the engine is dumping by now (it takes seconds)
        const auto down = runSandbox({QStringLiteral("down"), stoppingSandbox});
        QVERIFY2(down, why(down).constData());
        QVERIFY(waitUntilFinished(queue, id, 60000));
        const JobQueue::Record &failed = *queue.record(id);
        QVERIFY2(failed.state == JobQueue::State::Failed, qPrintable(logText(failed)));
        QVERIFY2(failed.errorText.contains(QLatin1String("the engine went away")), qPrintable(failed.errorText));
        QVERIFY2(failed.errorText.contains(QLatin1String("Start it again, then retry")), qPrintable(failed.errorText));

        // The queue stays usable while the engine is away: a job fails at once, with the same advice.
        const JobQueue::Id whileDown = queue.enqueue(checkpointJob(QStringLiteral("while-down")), *container, QStringLiteral("checkpoint while down"));
        QVERIFY(waitUntilFinished(queue, whileDown, 30000));
        QCOMPARE(queue.record(whileDown)->state, JobQueue::State::Failed);
        QVERIFY2(queue.record(whileDown)->errorText.contains(QLatin1String("Start it again")), qPrintable(queue.record(whileDown)->errorText));

        // With the engine back (its containers stopped), a new job succeeds.
        const auto up = runSandbox({QStringLiteral("up"), stoppingSandbox});
        QVERIFY2(up, why(up).constData());
        QVERIFY(await(m_stoppingClient->connectToEngine(), 15000));
        const auto restarted = await(m_stoppingClient->startContainer(*container));
        QVERIFY2(restarted, why(restarted).constData());
        // Checkpoint it once the restarted counter prints again (its memory is filled by then).
        const auto logged = await(m_stoppingClient->logs(*container));
        QVERIFY2(logged, why(logged).constData());
        const auto counting = waitForCounterValues(*m_stoppingClient, *container, int(counterValues(*logged).size()) + 1);
        QVERIFY2(counting, why(counting).constData());
        const JobQueue::Id after = queue.enqueue(checkpointJob(QStringLiteral("after-restart")), *container, QStringLiteral("checkpoint after restart"));
        QVERIFY(waitUntilFinished(queue, after));
        QVERIFY2(queue.record(after)->state == JobQueue::State::Done, qPrintable(queue.record(after)->errorText));
    }
};

QTEST_GUILESS_MAIN(JobFailureTest)
#include "jobfailuretest.moc"
