// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "checkpointmetadata.h"
#include "engineerror.h"
#include "enginetypes.h"
#include "job.h"

#include <QElapsedTimer>
#include <QFuture>

namespace Stasis
{

class EngineClient;

/// Checkpoints one container. Retries with a short backoff, saying so
/// through infoMessage(), on containerd's transient "content … already
/// exists"; after a failure it checks whether the container still runs and
/// says so, since a failed dump can leave it stopped. A CRIU failure is noted
/// for the engine and the container's options (CheckpointRisks::recordFailure),
/// so the next checkpoint dialog can warn.
///
/// Killable: killing aborts the request (the engine may still finish or
/// abort the dump on its own), then the job reports in its log, through
/// infoMessage(), what state the container and the checkpoint are in
/// afterwards, and deletes itself (Job::reportsAfterKill).
class CreateCheckpointJob final : public Job
{
    Q_OBJECT

public:
    static constexpr int maximumAttempts = 3;

    CreateCheckpointJob(EngineClient *client, const QString &container, const CheckpointOptions &options, QObject *parent = nullptr);

    const QString &container() const
    {
        return m_container;
    }
    const CheckpointOptions &options() const
    {
        return m_options;
    }
    /// How long the engine took for the successful attempt.
    qint64 dumpMilliseconds() const
    {
        return m_dumpMilliseconds;
    }
    /// What was written beside the CRIU images after a successful checkpoint.
    const CheckpointMetadata &metadata() const
    {
        return m_metadata;
    }
    /// False when writing the metadata failed (a warning() says why).
    bool metadataWritten() const
    {
        return m_metadataWritten;
    }

protected:
    /// After a CRIU failure, errorDetails() holds the `Error (…)` lines of
    /// CRIU's log, what to do about known causes, and the log itself.
    void run() override;
    bool doKill() override;

private:
    void attempt();
    void reportStateAfterKill();
    void writeMetadata();
    void failAfterCheckingState();
    /// Reads the CRIU log the engine's error names, if any, then emits the result.
    void finishWithCriuDetails();

    EngineClient *m_client;
    QString m_container;
    CheckpointOptions m_options;
    int m_attempt = 0;
    QElapsedTimer m_attemptTimer;
    qint64 m_dumpMilliseconds = 0;
    EngineError m_engineError;
    CheckpointMetadata m_metadata;
    bool m_metadataWritten = false;
    bool m_killed = false;
    QFuture<EngineResult<void>> m_pending;
};

} // namespace Stasis
