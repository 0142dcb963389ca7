// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <expected>
#include <functional>
#include <map>

class KJob;

namespace Stasis
{

/// Runs KJobs one container at a time and a few at once, and keeps a record
/// of every job it ran (the history a jobs panel shows).
///
/// Jobs are made by a factory when they start, so a failed or cancelled job
/// can be retried with a fresh KJob. Two jobs with the same container key
/// never run at the same time and start in the order they were queued; jobs
/// of different containers (or with an empty key) run side by side, at most
/// concurrency() at once. The queue owns the jobs it starts (auto-delete is
/// switched off; a job is deleted once it finished).
class JobQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobQueue)

public:
    /// Makes the job, or says why it cannot any more (its engine went away).
    using JobFactory = std::function<std::expected<KJob *, QString>()>;
    using Id = quint64;

    enum class State { Queued, Running, Done, Failed, Cancelled };
    Q_ENUM(State)

    /// What changed in a record, for recordChanged().
    enum Change {
        StateChange = 0x1,
        ProgressChange = 0x2,
        MessageChange = 0x4, ///< log, error text or details
    };
    Q_DECLARE_FLAGS(Changes, Change)
    Q_FLAG(Changes)

    /// One line of a job's log: an info message or warning of the job, or the queue's own note.
    struct LogEntry {
        QDateTime time; ///< UTC, millisecond precision
        QString text;
    };

    struct Record {
        Id id = 0;
        QString description;
        QString containerKey;
        State state = State::Queued;
        /// 0–100, or -1 while the job has not said how far it is.
        int percent = -1;
        /// Wall-clock times, UTC with milliseconds; invalid until they happen.
        QDateTime queuedAt;
        QDateTime startedAt;
        QDateTime finishedAt;
        /// The same moments on the queue's monotonic clock (ms since the
        /// queue was made), -1 until they happen: use these to compare.
        qint64 queuedMs = -1;
        qint64 startedMs = -1;
        qint64 finishedMs = -1;
        QList<LogEntry> log;
        int errorCode = 0;
        QString errorText;
        /// More than the one line of errorText: the job's errorDetails()
        /// when it is a Stasis::Job, its errorString() when that says more,
        /// and the error code.
        QString errorDetails;
        /// How many times the job was started (retries add one each).
        int attempts = 0;
        /// Whether the running job can be cancelled (KJob::Killable).
        bool killable = false;

        bool isFinished() const
        {
            return state == State::Done || state == State::Failed || state == State::Cancelled;
        }
        bool canCancel() const
        {
            return state == State::Queued || (state == State::Running && killable);
        }
        bool canRetry() const
        {
            return state == State::Failed || state == State::Cancelled;
        }
    };

    /// The settings key of the concurrency limit, and its default.
    static constexpr QLatin1StringView concurrencyKey{"jobs/concurrency"};
    static constexpr int defaultConcurrency = 2;
    explicit JobQueue(QObject *parent = nullptr);
    /// Kills the jobs still running (quietly) and deletes them.
    ~JobQueue() override;

    /// Queues a job; @p factory makes it when it is its turn (and again on
    /// retry). An empty @p containerKey does not serialize with anything.
    Id enqueue(const JobFactory &factory, const QString &containerKey, const QString &description);

    /// A queued job is dropped, a running one killed; both end Cancelled.
    /// False when the job is not there, already finished, or running and not
    /// killable.
    bool cancel(Id id);
    /// Queues a failed or cancelled job again, at the end of the queue, with
    /// a fresh job from its factory. False for any other state.
    bool retry(Id id);
    /// Forgets the finished jobs (Done, Failed, Cancelled).
    void clearFinished();

    /// The record of @p id; nullptr when there is none.
    const Record *record(Id id) const;
    /// Every record, oldest first.
    QList<Id> ids() const;

    /// How long the job ran (so far, while it runs); -1 before it started.
    qint64 elapsedMs(const Record &record) const;

    int runningCount() const
    {
        return m_running;
    }
    int queuedCount() const;

    int concurrency() const
    {
        return m_concurrency;
    }
    /// Sets the limit (at least 1) and stores it in QSettings.
    void setConcurrency(int limit);

    /// One line for a status bar: "2 jobs running, 3 queued", "1 failed";
    /// empty when there is nothing to say.
    QString summary() const;

Q_SIGNALS:
    void recordAdded(Stasis::JobQueue::Id id);
    void recordChanged(Stasis::JobQueue::Id id, Stasis::JobQueue::Changes changes);
    /// Emitted after the record is gone.
    void recordRemoved(Stasis::JobQueue::Id id);
    /// The factory made @p job for @p id; it starts right after (also on retry).
    void jobStarted(Stasis::JobQueue::Id id, KJob *job);
    /// A job ended, in whatever state (after the recordChanged).
    void jobFinished(Stasis::JobQueue::Id id);
    void summaryChanged(const QString &summary);

private:
    struct Entry {
        Record record;
        JobFactory factory;
        QPointer<KJob> job;
    };

    Entry *entry(Id id);
    /// Starts the queued jobs that may start now, then updates the summary.
    void schedule();
    /// Puts @p record at the end of the queue, queued now.
    void queue(Record &record);
    void start(Entry &entry);
    void finish(Entry &entry, KJob *job);
    void updateProgress(Entry &entry, KJob *job);
    void appendLog(Entry &entry, const QString &text);
    /// Ends @p entry's record in @p state, then starts what may start.
    void setFinished(Entry &entry, State state);
    void releaseJob(Entry &entry);
    void updateSummary();
    QDateTime now() const;

    std::map<Id, Entry> m_entries;
    QList<Id> m_pending; ///< queued ids, in queue order
    QStringList m_busyContainers;
    QElapsedTimer m_clock;
    Id m_nextId = 1;
    int m_running = 0;
    int m_concurrency = defaultConcurrency;
    bool m_scheduling = false;
    bool m_scheduleAgain = false;
    QString m_summary;
};

} // namespace Stasis

Q_DECLARE_OPERATORS_FOR_FLAGS(Stasis::JobQueue::Changes)
