// SPDX-License-Identifier: GPL-2.0-or-later
// The jobs queue under load against the sandbox engine: forty checkpoint,
// remove and restore jobs queued at once over five counter containers.
#include "createcheckpointjob.h"
#include "enginetestsupport.h"
#include "jobqueue.h"
#include "removecheckpointjob.h"
#include "restorejob.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Stasis;
using namespace Stasis::Test;

class JobQueueLoadTest : public QObject
{
    Q_OBJECT

private:
    static constexpr int containerCount = 5;
    static constexpr int jobsPerContainer = 8;
    static constexpr int concurrency = 3;

    QTemporaryDir m_settings;
    EngineClient *m_client = nullptr;
    QStringList m_containers;

    /// One container's eight jobs, in order. The first containers keep
    /// running (checkpoints with leaveRunning) while checkpoints come and go;
    /// the last one is stopped by a checkpoint and restored from it, twice.
    struct Step {
        enum Kind { Create, CreateAndStop, Remove, Restore } kind;
        QString checkpoint;
    };
    static QList<Step> plan(int container)
    {
        const auto cp = [](int n) {
            return QStringLiteral("load-cp%1").arg(n);
        };
        if (container == containerCount - 1) {
            return {{Step::CreateAndStop, cp(1)},
                    {Step::Restore, cp(1)},
                    {Step::Create, cp(2)},
                    {Step::CreateAndStop, cp(3)},
                    {Step::Restore, cp(3)},
                    {Step::Remove, cp(1)},
                    {Step::Remove, cp(2)},
                    {Step::Remove, cp(3)}};
        }
        return {{Step::Create, cp(1)},
                {Step::Create, cp(2)},
                {Step::Remove, cp(1)},
                {Step::Create, cp(3)},
                {Step::Remove, cp(2)},
                {Step::Create, cp(4)},
                {Step::Remove, cp(3)},
                {Step::Remove, cp(4)}};
    }

    JobQueue::JobFactory factory(const QString &container, const Step &step)
    {
        EngineClient *client = m_client;
        return [client, container, step]() -> KJob * {
            switch (step.kind) {
            case Step::Create:
                return new CreateCheckpointJob(client, container, CheckpointOptions{step.checkpoint, true, {}});
            case Step::CreateAndStop:
                return new CreateCheckpointJob(client, container, CheckpointOptions{step.checkpoint, false, {}});
            case Step::Remove:
                return new RemoveCheckpointJob(client, container, step.checkpoint);
            case Step::Restore:
                return new RestoreJob(client, container, step.checkpoint);
            }
            return nullptr;
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("stasis-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("jobqueueloadtest"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());

        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
        for (int i = 0; i < containerCount; ++i) {
            const QString name = QStringLiteral("stasis-jobload-%1-%2").arg(QCoreApplication::applicationPid()).arg(i);
            m_containers.append(name);
            const auto started = startCounter(*m_client, name);
            QVERIFY2(started, why(started).constData());
        }
        for (const QString &name : std::as_const(m_containers)) {
            const auto values = waitForCounterValues(*m_client, name, 1);
            QVERIFY2(values, why(values).constData());
        }
    }

    void cleanupTestCase()
    {
        if (!m_client) {
            return;
        }
        for (const QString &name : std::as_const(m_containers)) {
            const auto removed = await(m_client->removeContainer(name, true));
            QVERIFY2(removed, why(removed).constData());
        }
    }

    void fortyJobsOverFiveContainers()
    {
        JobQueue queue;
        queue.setConcurrency(concurrency);
        int mostRunning = 0;
        connect(&queue, &JobQueue::recordChanged, this, [&] {
            mostRunning = std::max(mostRunning, queue.runningCount());
        });

        // Queued all at once, the containers' jobs interleaved.
        QList<QList<JobQueue::Id>> perContainer(containerCount);
        for (int step = 0; step < jobsPerContainer; ++step) {
            for (int c = 0; c < containerCount; ++c) {
                const Step what = plan(c)[step];
                const QString description = QStringLiteral("%1 step %2").arg(m_containers[c]).arg(step);
                perContainer[c].append(queue.enqueue(factory(m_containers[c], what), m_containers[c], description));
            }
        }
        QCOMPARE(queue.ids().size(), containerCount * jobsPerContainer);
        QCOMPARE(queue.runningCount(), concurrency);

        QTRY_VERIFY_WITH_TIMEOUT(queue.runningCount() == 0 && queue.queuedCount() == 0, 300000);

        // Every job succeeded (the jobs retry the engine's known transient error themselves).
        for (const JobQueue::Id id : queue.ids()) {
            const JobQueue::Record *record = queue.record(id);
            QVERIFY2(record->state == JobQueue::State::Done,
                     qPrintable(QStringLiteral("%1 ended %2: %3").arg(record->description).arg(int(record->state)).arg(record->errorText)));
            QCOMPARE(record->attempts, 1);
        }

        // One job at a time per container, in the order queued.
        for (int c = 0; c < containerCount; ++c) {
            for (qsizetype i = 1; i < perContainer[c].size(); ++i) {
                const JobQueue::Record *previous = queue.record(perContainer[c][i - 1]);
                const JobQueue::Record *record = queue.record(perContainer[c][i]);
                QVERIFY2(record->startedMs >= previous->finishedMs,
                         qPrintable(QStringLiteral("%1 started at %2 ms, before %3 ended at %4 ms")
                                        .arg(record->description)
                                        .arg(record->startedMs)
                                        .arg(previous->description)
                                        .arg(previous->finishedMs)));
                QVERIFY(record->startedAt >= previous->finishedAt);
            }
        }

        // Never more than the limit at once, from the records' times (an end
        // at the same millisecond as a start counts first).
        QList<std::pair<qint64, int>> events;
        for (const JobQueue::Id id : queue.ids()) {
            events.append({queue.record(id)->startedMs, +1});
            events.append({queue.record(id)->finishedMs, -1});
        }
        std::ranges::sort(events);
        int running = 0;
        int most = 0;
        for (const auto &[time, delta] : std::as_const(events)) {
            running += delta;
            most = std::max(most, running);
        }
        QVERIFY2(most <= concurrency, qPrintable(QStringLiteral("%1 jobs ran at once").arg(most)));
        QCOMPARE(mostRunning, concurrency);

        // The jobs did their work: every checkpoint was removed again, and the containers run.
        for (const QString &name : std::as_const(m_containers)) {
            const auto left = await(m_client->checkpoints(name));
            QVERIFY2(left, why(left).constData());
            QVERIFY2(left->isEmpty(), qPrintable(name));
            const auto details = await(m_client->inspectContainer(name));
            QVERIFY2(details, why(details).constData());
            QVERIFY2(details->running, qPrintable(name));
        }
    }

    void removingAMissingCheckpointNamesIt()
    {
        JobQueue queue;
        const QString container = m_containers.first();
        const JobQueue::Id id = queue.enqueue(
            [this, container] {
                return new RemoveCheckpointJob(m_client, container, QStringLiteral("never-taken"));
            },
            container,
            QStringLiteral("remove never-taken"));
        QTRY_VERIFY_WITH_TIMEOUT(queue.record(id)->isFinished(), 30000);
        const JobQueue::Record *record = queue.record(id);
        QCOMPARE(record->state, JobQueue::State::Failed);
        QCOMPARE(record->errorCode, int(RemoveCheckpointJob::EngineRefused));
        QVERIFY2(record->errorText.contains(container) && record->errorText.contains(QStringLiteral("never-taken")), qPrintable(record->errorText));
        QVERIFY2(record->errorText.contains(RemoveCheckpointJob::tr("Refresh the list of checkpoints")), qPrintable(record->errorText));
        QVERIFY2(record->errorDetails.contains(QStringLiteral("does not exist")), qPrintable(record->errorDetails));
    }
};

QTEST_GUILESS_MAIN(JobQueueLoadTest)
#include "jobqueueloadtest.moc"
