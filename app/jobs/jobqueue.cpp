// SPDX-License-Identifier: GPL-2.0-or-later
#include "jobqueue.h"

#include "job.h"
#include "jobslogging.h"

#include <KJob>
#include <QSettings>

namespace Stasis
{

JobQueue::JobQueue(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_concurrency = std::max(1, QSettings().value(concurrencyKey, defaultConcurrency).toInt());
}

JobQueue::~JobQueue()
{
    for (auto &[id, entry] : m_entries) {
        if (entry.job) {
            entry.job->disconnect(this);
            entry.job->kill(KJob::Quietly);
            delete entry.job;
        }
    }
}

JobQueue::Id JobQueue::enqueue(const JobFactory &factory, const QString &containerKey, const QString &description)
{
    const Id id = m_nextId++;
    Entry &entry = m_entries[id];
    entry.factory = factory;
    entry.record.id = id;
    entry.record.description = description;
    entry.record.containerKey = containerKey;
    queue(entry.record);
    qCDebug(lcJobs) << "queued" << id << description << containerKey;
    Q_EMIT recordAdded(id);
    schedule();
    return id;
}

bool JobQueue::cancel(Id id)
{
    Entry *found = entry(id);
    if (!found || !found->record.canCancel()) {
        return false;
    }
    if (found->record.state == State::Queued) {
        m_pending.removeOne(id);
        appendLog(*found, tr("Cancelled before it started."));
        setFinished(*found, State::Cancelled);
        return true;
    }
    KJob *job = found->job;
    if (!job || !job->kill(KJob::Quietly)) {
        qCWarning(lcJobs) << "job" << id << "refused to be killed";
        return false;
    }
    appendLog(*found, tr("Cancelled while running."));
    if (const auto *own = qobject_cast<const Job *>(job); own && own->reportsAfterKill()) {
        // It reports what it finds after the kill, then deletes itself.
        job->disconnect(this);
        const auto late = [this, id](KJob *, const QString &message) {
            if (Entry *record = entry(id)) {
                appendLog(*record, message);
            }
        };
        connect(job, &KJob::infoMessage, this, late);
        connect(job, &KJob::warning, this, late);
        found->job = nullptr;
    } else {
        releaseJob(*found);
    }
    setFinished(*found, State::Cancelled);
    return true;
}

bool JobQueue::retry(Id id)
{
    Entry *found = entry(id);
    if (!found || !found->record.canRetry()) {
        return false;
    }
    Record &record = found->record;
    record.percent = -1;
    record.startedAt = {};
    record.startedMs = -1;
    record.finishedAt = {};
    record.finishedMs = -1;
    record.errorCode = 0;
    record.errorText.clear();
    record.errorDetails.clear();
    queue(record);
    appendLog(*found, tr("Queued again."));
    Q_EMIT recordChanged(id, StateChange | ProgressChange | MessageChange);
    schedule();
    return true;
}

void JobQueue::clearFinished()
{
    QList<Id> finished;
    for (const auto &[id, entry] : m_entries) {
        if (entry.record.isFinished()) {
            finished.append(id);
        }
    }
    for (const Id id : std::as_const(finished)) {
        m_entries.erase(id);
        Q_EMIT recordRemoved(id);
    }
    if (!finished.isEmpty()) {
        updateSummary();
    }
}

const JobQueue::Record *JobQueue::record(Id id) const
{
    const auto it = m_entries.find(id);
    return it == m_entries.end() ? nullptr : &it->second.record;
}

QList<JobQueue::Id> JobQueue::ids() const
{
    QList<Id> result;
    result.reserve(qsizetype(m_entries.size()));
    for (const auto &[id, entry] : m_entries) {
        result.append(id);
    }
    return result;
}

qint64 JobQueue::elapsedMs(const Record &record) const
{
    if (record.startedMs < 0) {
        return -1;
    }
    return (record.finishedMs >= 0 ? record.finishedMs : m_clock.elapsed()) - record.startedMs;
}

int JobQueue::queuedCount() const
{
    return int(m_pending.size());
}

void JobQueue::setConcurrency(int limit)
{
    limit = std::max(1, limit);
    QSettings().setValue(concurrencyKey, limit);
    if (limit == m_concurrency) {
        return;
    }
    m_concurrency = limit;
    schedule();
}

QString JobQueue::summary() const
{
    QStringList parts;
    if (m_running > 0) {
        parts.append(m_running == 1 ? tr("1 job running") : tr("%1 jobs running").arg(m_running));
    }
    if (const int queued = queuedCount(); queued > 0) {
        parts.append(tr("%1 queued").arg(queued));
    }
    const auto failed = std::ranges::count_if(m_entries, [](const auto &pair) {
        return pair.second.record.state == State::Failed;
    });
    if (failed > 0) {
        parts.append(tr("%1 failed").arg(failed));
    }
    return parts.join(tr(", "));
}

JobQueue::Entry *JobQueue::entry(Id id)
{
    const auto it = m_entries.find(id);
    return it == m_entries.end() ? nullptr : &it->second;
}

void JobQueue::schedule()
{
    // A job may finish inside start() (or a finish may start the next one):
    // run the loop once more instead of re-entering it.
    if (m_scheduling) {
        m_scheduleAgain = true;
        return;
    }
    m_scheduling = true;
    do {
        m_scheduleAgain = false;
        for (qsizetype i = 0; i < m_pending.size() && m_running < m_concurrency;) {
            Entry *next = entry(m_pending[i]);
            const QString &key = next->record.containerKey;
            if (!key.isEmpty() && m_busyContainers.contains(key)) {
                ++i; // its container is busy; later jobs of other containers may go
                continue;
            }
            m_pending.removeAt(i);
            start(*next);
            // start() may have changed the pending list: begin again from the front.
            i = 0;
        }
    } while (m_scheduleAgain);
    m_scheduling = false;
    updateSummary();
}

void JobQueue::queue(Record &record)
{
    record.state = State::Queued;
    record.queuedAt = now();
    record.queuedMs = m_clock.elapsed();
    m_pending.append(record.id);
}

void JobQueue::start(Entry &entry)
{
    Record &record = entry.record;
    ++record.attempts;
    record.state = State::Running;
    record.startedAt = now();
    record.startedMs = m_clock.elapsed();
    ++m_running;
    if (!record.containerKey.isEmpty()) {
        m_busyContainers.append(record.containerKey);
    }

    const std::expected<KJob *, QString> made = entry.factory ? entry.factory() : nullptr;
    if (!made) {
        // Its engine went away: the factory says so, and nothing touches the engine.
        record.errorCode = Job::EngineUnavailable;
        record.errorText = made.error();
        appendLog(entry, record.errorText);
        setFinished(entry, State::Failed);
        return;
    }
    if (!*made) {
        record.errorCode = KJob::UserDefinedError;
        record.errorText = tr("Could not start “%1”: there is nothing to run.").arg(record.description);
        setFinished(entry, State::Failed);
        return;
    }
    KJob *job = *made;
    entry.job = job;
    record.killable = job->capabilities().testFlag(KJob::Killable);
    job->setAutoDelete(false);
    const Id id = record.id;
    connect(job, &KJob::result, this, [this, id](KJob *job) {
        if (Entry *found = this->entry(id); found && found->job == job) {
            finish(*found, job);
        }
    });
    connect(job, &KJob::infoMessage, this, [this, id](KJob *job, const QString &message) {
        if (Entry *found = this->entry(id); found && found->job == job) {
            appendLog(*found, message);
        }
    });
    connect(job, &KJob::warning, this, [this, id](KJob *job, const QString &message) {
        if (Entry *found = this->entry(id); found && found->job == job) {
            appendLog(*found, tr("Warning: %1").arg(message));
        }
    });
    const auto progress = [this, id](KJob *job) {
        if (Entry *found = this->entry(id); found && found->job == job) {
            updateProgress(*found, job);
        }
    };
    connect(job, &KJob::percentChanged, this, progress);
    connect(job, &KJob::processedAmountChanged, this, progress);
    connect(job, &KJob::totalAmountChanged, this, progress);

    qCDebug(lcJobs) << "starting" << id << record.description;
    Q_EMIT recordChanged(id, StateChange | ProgressChange);
    updateSummary();
    Q_EMIT jobStarted(id, job);
    job->start();
}

void JobQueue::finish(Entry &entry, KJob *job)
{
    Record &record = entry.record;
    if (job->error()) {
        record.errorCode = job->error();
        record.errorText = job->errorText().isEmpty() ? job->errorString() : job->errorText();
        QStringList details;
        if (const auto *own = qobject_cast<const Job *>(job); own && !own->errorDetails().isEmpty()) {
            details.append(own->errorDetails());
        }
        if (const QString string = job->errorString(); !string.isEmpty() && string != record.errorText) {
            details.append(string);
        }
        details.append(tr("Error code %1.").arg(record.errorCode));
        record.errorDetails = details.join(QLatin1Char('\n'));
        qCDebug(lcJobs) << "job" << record.id << "failed:" << record.errorText;
    } else {
        record.percent = 100;
    }
    releaseJob(entry);
    setFinished(entry, job->error() == KJob::KilledJobError ? State::Cancelled : job->error() ? State::Failed : State::Done);
}

void JobQueue::updateProgress(Entry &entry, KJob *job)
{
    // KJob turns amounts of its progress unit into percent() itself; for a
    // job that only reports other units, use the last unit with a total.
    int percent = int(job->percent());
    if (percent == 0) {
        for (const KJob::Unit unit : {KJob::Bytes, KJob::Files, KJob::Directories, KJob::Items}) {
            if (const qulonglong total = job->totalAmount(unit); total > 0) {
                percent = int(std::min<qulonglong>(100, job->processedAmount(unit) * 100 / total));
                break;
            }
        }
    }
    if (percent == 0 && entry.record.percent < 0) {
        return; // nothing known yet: stay indeterminate
    }
    if (percent != entry.record.percent) {
        entry.record.percent = percent;
        Q_EMIT recordChanged(entry.record.id, ProgressChange);
    }
}

void JobQueue::appendLog(Entry &entry, const QString &text)
{
    entry.record.log.append(LogEntry{now(), text});
    Q_EMIT recordChanged(entry.record.id, MessageChange);
}

void JobQueue::setFinished(Entry &entry, State state)
{
    Record &record = entry.record;
    if (record.state == State::Running) {
        --m_running;
        m_busyContainers.removeOne(record.containerKey);
    }
    record.state = state;
    record.finishedAt = now();
    record.finishedMs = m_clock.elapsed();
    Q_EMIT recordChanged(record.id, StateChange | ProgressChange | MessageChange);
    Q_EMIT jobFinished(record.id);
    // It made room for the next.
    schedule();
}

void JobQueue::releaseJob(Entry &entry)
{
    if (KJob *job = entry.job) {
        job->disconnect(this);
        job->deleteLater();
    }
    entry.job = nullptr;
}

void JobQueue::updateSummary()
{
    const QString current = summary();
    if (current != m_summary) {
        m_summary = current;
        Q_EMIT summaryChanged(m_summary);
    }
}

QDateTime JobQueue::now() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace Stasis
