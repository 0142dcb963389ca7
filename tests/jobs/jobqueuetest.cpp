// SPDX-License-Identifier: GPL-2.0-or-later
#include "jobqueue.h"

#include "job.h"

#include <KJob>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Stasis;

namespace
{

/// A test-only job that runs until the test calls succeed() or fail().
class TestOnDemandJob final : public Stasis::Job
{
    Q_OBJECT

public:
    explicit TestOnDemandJob(bool killable = true)
    {
        if (killable) {
            setCapabilities(Killable);
        }
    }
    void start() override
    {
        started = true;
        Job::start();
    }
    void succeed()
    {
        finished = true;
        emitResult();
    }
    void fail(const QString &text, const QString &details = {})
    {
        finished = true;
        setError(UserDefinedError + 7);
        setErrorText(text);
        if (!details.isEmpty()) {
            setErrorDetails(details);
        }
        emitResult();
    }
    void say(const QString &message)
    {
        Q_EMIT infoMessage(this, message);
    }
    void progress(unsigned long percent)
    {
        setPercent(percent);
    }
    void files(qulonglong processed, qulonglong total)
    {
        setTotalAmount(Files, total);
        setProcessedAmount(Files, processed);
    }

    bool started = false;
    bool finished = false;

protected:
    void run() override
    {
    }
    bool doKill() override
    {
        return true;
    }
};

/// A test-only job that succeeds on its own after a short timer.
class TestTimerJob final : public KJob
{
    Q_OBJECT

public:
    explicit TestTimerJob(int milliseconds)
        : m_milliseconds(milliseconds)
    {
    }
    void start() override
    {
        QTimer::singleShot(m_milliseconds, this, &TestTimerJob::emitResult);
    }

private:
    int m_milliseconds;
};

/// Makes on-demand jobs and remembers each one made, per queue id.
struct Jobs {
    QList<QPointer<TestOnDemandJob>> made;

    JobQueue::JobFactory factory(bool killable = true)
    {
        return [this, killable] {
            auto *job = new TestOnDemandJob(killable);
            made.append(job);
            return job;
        };
    }
};

QString key(int i)
{
    return QStringLiteral("container-%1").arg(i);
}

} // namespace

class JobQueueTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("stasis-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("jobqueuetest"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }

    void init()
    {
        QSettings().remove(JobQueue::concurrencyKey);
    }

    void concurrencyComesFromSettings()
    {
        QCOMPARE(JobQueue().concurrency(), JobQueue::defaultConcurrency);
        QSettings().setValue(JobQueue::concurrencyKey, 3);
        QCOMPARE(JobQueue().concurrency(), 3);
        JobQueue queue;
        queue.setConcurrency(5);
        QCOMPARE(QSettings().value(JobQueue::concurrencyKey).toInt(), 5);
        queue.setConcurrency(0);
        QCOMPARE(queue.concurrency(), 1);
    }

    void concurrencyLimitIsRespected()
    {
        JobQueue queue;
        QCOMPARE(queue.concurrency(), 2);
        int maximum = 0;
        connect(&queue, &JobQueue::recordChanged, this, [&] {
            maximum = std::max(maximum, queue.runningCount());
        });
        Jobs jobs;
        for (int i = 0; i < 5; ++i) {
            queue.enqueue(jobs.factory(), key(i), QStringLiteral("job %1").arg(i));
        }
        QCOMPARE(queue.runningCount(), 2);
        QCOMPARE(queue.queuedCount(), 3);
        QCOMPARE(jobs.made.size(), 2); // the factory runs only when a job starts
        QCOMPARE(queue.summary(), QStringLiteral("2 jobs running, 3 queued"));

        jobs.made[0]->succeed();
        QCOMPARE(queue.runningCount(), 2);
        QCOMPARE(jobs.made.size(), 3);

        queue.setConcurrency(3);
        QCOMPARE(queue.runningCount(), 3);
        QCOMPARE(jobs.made.size(), 4);

        while (queue.runningCount() > 0) {
            for (const auto &job : std::as_const(jobs.made)) {
                if (job && job->started && !job->finished) {
                    const int before = queue.runningCount() + queue.queuedCount();
                    job->succeed();
                    QCOMPARE(queue.runningCount() + queue.queuedCount(), before - 1);
                    break;
                }
            }
        }
        QCOMPARE(maximum, 3);
        QCOMPARE(jobs.made.size(), 5);
        for (const JobQueue::Id id : queue.ids()) {
            QCOMPARE(queue.record(id)->state, JobQueue::State::Done);
            QCOMPARE(queue.record(id)->percent, 100);
        }
        QCOMPARE(queue.summary(), QString());
    }

    void serializesPerContainerInQueueOrder()
    {
        JobQueue queue;
        queue.setConcurrency(4);
        QStringList started;
        Jobs jobs;
        const auto named = [&](const QString &name) {
            return [&jobs, &started, name] {
                started.append(name);
                auto *job = new TestOnDemandJob;
                jobs.made.append(job);
                return job;
            };
        };
        const JobQueue::Id a1 = queue.enqueue(named(QStringLiteral("a1")), QStringLiteral("a"), QStringLiteral("a1"));
        queue.enqueue(named(QStringLiteral("a2")), QStringLiteral("a"), QStringLiteral("a2"));
        const JobQueue::Id b1 = queue.enqueue(named(QStringLiteral("b1")), QStringLiteral("b"), QStringLiteral("b1"));
        queue.enqueue(named(QStringLiteral("a3")), QStringLiteral("a"), QStringLiteral("a3"));
        queue.enqueue(named(QStringLiteral("b2")), QStringLiteral("b"), QStringLiteral("b2"));
        queue.enqueue(named(QStringLiteral("free")), QString(), QStringLiteral("no container"));

        // One per container, and the job without a container beside them.
        QCOMPARE(started, (QStringList{QStringLiteral("a1"), QStringLiteral("b1"), QStringLiteral("free")}));
        QCOMPARE(queue.runningCount(), 3);

        jobs.made[1]->succeed(); // b1
        QCOMPARE(queue.record(b1)->state, JobQueue::State::Done);
        QCOMPARE(started.last(), QStringLiteral("b2"));
        jobs.made[0]->succeed(); // a1
        QCOMPARE(queue.record(a1)->state, JobQueue::State::Done);
        QCOMPARE(started.last(), QStringLiteral("a2"));
        jobs.made[4]->succeed(); // a2
        const QStringList expected{QStringLiteral("a1"),
                                   QStringLiteral("b1"),
                                   QStringLiteral("free"),
                                   QStringLiteral("b2"),
                                   QStringLiteral("a2"),
                                   QStringLiteral("a3")};
        QCOMPARE(started, expected);
    }

    void timerJobsNeverOverlapOnAContainer()
    {
        JobQueue queue;
        queue.setConcurrency(2);
        int maximum = 0;
        connect(&queue, &JobQueue::recordChanged, this, [&] {
            maximum = std::max(maximum, queue.runningCount());
        });
        QList<JobQueue::Id> ids;
        for (int i = 0; i < 12; ++i) {
            ids.append(queue.enqueue(
                [i] {
                    return new TestTimerJob(5 + (i * 7) % 20);
                },
                key(i % 3),
                QStringLiteral("timer %1").arg(i)));
        }
        QTRY_COMPARE_WITH_TIMEOUT(queue.runningCount() + queue.queuedCount(), 0, 10000);
        QCOMPARE(maximum, 2);
        for (int i = 0; i < ids.size(); ++i) {
            const JobQueue::Record *record = queue.record(ids[i]);
            QCOMPARE(record->state, JobQueue::State::Done);
            QVERIFY(record->startedMs >= record->queuedMs);
            QVERIFY(record->finishedMs >= record->startedMs);
            QVERIFY(record->startedAt.isValid() && record->finishedAt.isValid());
            if (i >= 3) {
                // The previous job of the same container ended before this one started.
                QVERIFY(record->startedMs >= queue.record(ids[i - 3])->finishedMs);
            }
        }
    }

    void cancelDropsAQueuedJob()
    {
        JobQueue queue;
        Jobs jobs;
        const JobQueue::Id first = queue.enqueue(jobs.factory(), key(0), QStringLiteral("first"));
        const JobQueue::Id second = queue.enqueue(jobs.factory(), key(0), QStringLiteral("second"));
        QCOMPARE(queue.record(second)->state, JobQueue::State::Queued);
        QVERIFY(queue.record(second)->canCancel());
        QSignalSpy finished(&queue, &JobQueue::jobFinished);

        QVERIFY(queue.cancel(second));
        QCOMPARE(queue.record(second)->state, JobQueue::State::Cancelled);
        QCOMPARE(queue.record(second)->startedMs, -1);
        QCOMPARE(queue.record(second)->attempts, 0);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(queue.queuedCount(), 0);
        QVERIFY(!queue.cancel(second));

        jobs.made[0]->succeed();
        QCOMPARE(queue.record(first)->state, JobQueue::State::Done);
        QCOMPARE(jobs.made.size(), 1); // the cancelled job was never made
        QVERIFY(!queue.cancel(first));
    }

    void cancelKillsARunningJob()
    {
        JobQueue queue;
        Jobs jobs;
        const JobQueue::Id running = queue.enqueue(jobs.factory(), key(0), QStringLiteral("running"));
        const JobQueue::Id next = queue.enqueue(jobs.factory(), key(0), QStringLiteral("next"));
        QPointer<TestOnDemandJob> job = jobs.made[0];
        QVERIFY(job->started);

        QVERIFY(queue.cancel(running));
        QCOMPARE(queue.record(running)->state, JobQueue::State::Cancelled);
        QVERIFY(queue.record(running)->finishedAt.isValid());
        QVERIFY(queue.record(running)->canRetry());
        // The container is free again: the next job runs, and the killed one is deleted.
        QCOMPARE(queue.record(next)->state, JobQueue::State::Running);
        QTRY_VERIFY(job.isNull());
    }

    void aJobThatCannotBeKilledIsNotCancelled()
    {
        JobQueue queue;
        Jobs jobs;
        const JobQueue::Id id = queue.enqueue(jobs.factory(false), key(0), QStringLiteral("stubborn"));
        QVERIFY(!queue.record(id)->canCancel());
        QVERIFY(!queue.cancel(id));
        QCOMPARE(queue.record(id)->state, JobQueue::State::Running);
        jobs.made[0]->succeed();
        QCOMPARE(queue.record(id)->state, JobQueue::State::Done);
    }

    void failureKeepsErrorTextAndDetails()
    {
        JobQueue queue;
        Jobs jobs;
        QSignalSpy summary(&queue, &JobQueue::summaryChanged);
        const JobQueue::Id id = queue.enqueue(jobs.factory(), key(0), QStringLiteral("doomed"));
        jobs.made[0]->say(QStringLiteral("trying hard"));
        jobs.made[0]->fail(QStringLiteral("Cannot checkpoint container-0: it stopped."), QStringLiteral("CRIU said no"));

        const JobQueue::Record *record = queue.record(id);
        QCOMPARE(record->state, JobQueue::State::Failed);
        QCOMPARE(record->errorCode, int(KJob::UserDefinedError + 7));
        QCOMPARE(record->errorText, QStringLiteral("Cannot checkpoint container-0: it stopped."));
        QVERIFY2(record->errorDetails.contains(QStringLiteral("CRIU said no")), qPrintable(record->errorDetails));
        QCOMPARE(record->log.size(), 1);
        QCOMPARE(record->log.first().text, QStringLiteral("trying hard"));
        QVERIFY(record->log.first().time.isValid());
        QCOMPARE(queue.summary(), QStringLiteral("1 failed"));
        QCOMPARE(summary.last().first().toString(), QStringLiteral("1 failed"));
    }

    void retryMakesAFreshJob()
    {
        JobQueue queue;
        Jobs jobs;
        const JobQueue::Id id = queue.enqueue(jobs.factory(), key(0), QStringLiteral("flaky"));
        QVERIFY(!queue.retry(id)); // running: nothing to retry
        jobs.made[0]->fail(QStringLiteral("transient"));
        QCOMPARE(queue.record(id)->state, JobQueue::State::Failed);
        const qint64 firstStart = queue.record(id)->startedMs;

        QSignalSpy changed(&queue, &JobQueue::recordChanged);
        QVERIFY(queue.retry(id));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(jobs.made.size(), 2);
        QVERIFY(jobs.made[1] != jobs.made[0]);
        QVERIFY(jobs.made[1]->started);
        const JobQueue::Record *record = queue.record(id);
        QCOMPARE(record->state, JobQueue::State::Running);
        QCOMPARE(record->attempts, 2);
        QVERIFY(record->errorText.isEmpty());
        QVERIFY(record->startedMs >= firstStart);
        QCOMPARE(queue.ids(), QList<JobQueue::Id>{id}); // the same record, not a new one

        jobs.made[1]->succeed();
        QCOMPARE(record->state, JobQueue::State::Done);
        QVERIFY(!queue.retry(id));
    }

    void retryGoesToTheEndOfItsContainersQueue()
    {
        JobQueue queue;
        Jobs jobs;
        const JobQueue::Id a = queue.enqueue(jobs.factory(), key(0), QStringLiteral("a"));
        const JobQueue::Id b = queue.enqueue(jobs.factory(), key(0), QStringLiteral("b"));
        QVERIFY(queue.cancel(b));
        const JobQueue::Id c = queue.enqueue(jobs.factory(), key(0), QStringLiteral("c"));
        QVERIFY(queue.retry(b));
        jobs.made[0]->succeed();
        QCOMPARE(queue.record(a)->state, JobQueue::State::Done);
        QCOMPARE(queue.record(c)->state, JobQueue::State::Running);
        QCOMPARE(queue.record(b)->state, JobQueue::State::Queued);
    }

    void progressIsIndeterminateUntilReported()
    {
        JobQueue queue;
        Jobs jobs;
        const JobQueue::Id id = queue.enqueue(jobs.factory(), key(0), QStringLiteral("progress"));
        QCOMPARE(queue.record(id)->percent, -1);
        QSignalSpy changed(&queue, &JobQueue::recordChanged);
        jobs.made[0]->progress(40);
        QCOMPARE(queue.record(id)->percent, 40);
        QCOMPARE(changed.last().at(1).value<JobQueue::Changes>(), JobQueue::Changes(JobQueue::ProgressChange));

        const JobQueue::Id files = queue.enqueue(jobs.factory(), key(1), QStringLiteral("files"));
        jobs.made[1]->files(1, 4);
        QCOMPARE(queue.record(files)->percent, 25);
    }

    void historyIsKeptUntilCleared()
    {
        JobQueue queue;
        Jobs jobs;
        const JobQueue::Id done = queue.enqueue(jobs.factory(), key(0), QStringLiteral("done"));
        const JobQueue::Id failed = queue.enqueue(jobs.factory(), key(1), QStringLiteral("failed"));
        jobs.made[0]->succeed();
        jobs.made[1]->fail(QStringLiteral("no"));
        const JobQueue::Id running = queue.enqueue(jobs.factory(), key(2), QStringLiteral("running"));
        QCOMPARE(queue.ids(), (QList<JobQueue::Id>{done, failed, running}));
        QCOMPARE(queue.summary(), QStringLiteral("1 job running, 1 failed"));
        QTest::qWait(0); // let deleteLater() run: the records stay without their jobs
        QCOMPARE(queue.record(done)->state, JobQueue::State::Done);

        QSignalSpy removed(&queue, &JobQueue::recordRemoved);
        queue.clearFinished();
        QCOMPARE(removed.size(), 2);
        QCOMPARE(queue.ids(), QList<JobQueue::Id>{running});
        QVERIFY(!queue.record(done));
        QCOMPARE(queue.summary(), QStringLiteral("1 job running"));
    }

    void aFactoryWithoutAJobFails()
    {
        JobQueue queue;
        const JobQueue::Id id = queue.enqueue(
            [] {
                return nullptr;
            },
            key(0),
            QStringLiteral("nothing"));
        QCOMPARE(queue.record(id)->state, JobQueue::State::Failed);
        QVERIFY(!queue.record(id)->errorText.isEmpty());
        QCOMPARE(queue.runningCount(), 0);
    }
};

QTEST_GUILESS_MAIN(JobQueueTest)
#include "jobqueuetest.moc"
