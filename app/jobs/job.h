// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineerror.h"

#include <KJob>

#include <functional>

namespace Stasis
{

/// The base of every Stasis job: KJob's contract (start() only schedules,
/// progress in bytes, emitResult() once) plus what the jobs panel and
/// stasisctl read of a failure — the engine's error, details beyond the
/// one-line error text — and whether the job still reports after a kill.
///
/// Error codes are one enum for the whole program, so "Error code N" means
/// the same whichever job failed.
class Job : public KJob
{
    Q_OBJECT

public:
    enum Error {
        /// The engine refused a request (engineError() says which and why).
        EngineRefused = UserDefinedError + 1,
        /// The named checkpoint or container is not there.
        NotFound,
        /// An archive, a name or another input failed validation.
        InvalidInput,
        /// Writing a file on this machine failed.
        WriteFailed,
        /// The checkpoint changed while it was read.
        CheckpointChanged,
        /// Copying or staging a checkpoint into a container failed.
        CopyFailed,
        /// Stopping the container before a restore failed.
        StopFailed,
        /// Starting the container from its checkpoint failed.
        RestoreFailed,
        /// Creating the target container failed.
        CreateFailed,
        /// The engine this job was made for is no longer connected.
        EngineUnavailable,
        /// A container to create asks for settings that reach its host (HostAccess), which were not allowed.
        HostAccessRefused,
    };
    Q_ENUM(Error)

    /// Schedules the job's work for the event loop (never runs it at once).
    void start() override;

    /// The engine's error of the failed step; empty when the engine was not the cause.
    const EngineError &engineError() const
    {
        return m_engineError;
    }
    /// More than errorText(): CRIU's error lines and advice, the request that
    /// failed. Empty when there is nothing beyond errorText().
    const QString &errorDetails() const
    {
        return m_errorDetails;
    }
    /// True when the job goes on after a kill: it reports through
    /// infoMessage()/warning() what it found (e.g. the container's state) and
    /// then deletes itself; whoever killed it must not delete it.
    bool reportsAfterKill() const
    {
        return m_reportsAfterKill;
    }

    QString errorString() const override;

protected:
    explicit Job(QObject *parent = nullptr);

    /// The job's work, called from the event loop after start().
    virtual void run() = 0;

    /// Sets the error code, text and the engine's error; the caller still emits the result.
    void setFailure(Error code, const QString &text, const EngineError &engineError = {});
    /// setFailure(), then the result.
    void emitFailure(Error code, const QString &text, const EngineError &engineError = {});
    void setErrorDetails(const QString &details)
    {
        m_errorDetails = details;
    }
    void setReportsAfterKill(bool reports)
    {
        m_reportsAfterKill = reports;
    }
    /// Takes over @p step's error code, text, engine error and details.
    void adoptFailure(const Job &step);
    /// What a kill does to the work under way (abort a request, cancel a
    /// worker); a job with more to do on a kill overrides doKill() instead.
    void stopOnKill(std::function<void()> stop)
    {
        m_stop = std::move(stop);
    }
    /// A Killable job is killed at once: the stop given to stopOnKill() runs;
    /// killed before run(), it never runs. After a kill isFinished() holds.
    bool doKill() override;

private:
    EngineError m_engineError;
    std::function<void()> m_stop;
    QString m_errorDetails;
    bool m_reportsAfterKill = false;
};

} // namespace Stasis
