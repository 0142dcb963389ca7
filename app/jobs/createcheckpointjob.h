// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "checkpointmetadata.h"
#include "engineerror.h"
#include "enginetypes.h"

#include <KJob>
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
/// afterwards, and deletes itself (see JobQueue::reportsAfterKillProperty).
class CreateCheckpointJob final : public KJob
{
    Q_OBJECT
    /// Read by JobQueue for the jobs panel (see JobQueue::errorDetailsProperty).
    Q_PROPERTY(QString errorDetails READ errorDetails)

public:
    enum Error { EngineRefused = UserDefinedError + 1 };

    static constexpr int maximumAttempts = 3;

    CreateCheckpointJob(EngineClient *client, const QString &container, const CheckpointOptions &options, QObject *parent = nullptr);

    void start() override;

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
    const EngineError &engineError() const
    {
        return m_engineError;
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
    /// After a CRIU failure: the `Error (…)` lines of CRIU's log, what to do
    /// about known causes, and the log itself. Empty when there is nothing
    /// beyond errorText().
    const QString &errorDetails() const
    {
        return m_errorDetails;
    }

protected:
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
    QString m_errorDetails;
    CheckpointMetadata m_metadata;
    bool m_metadataWritten = false;
    bool m_killed = false;
    QFuture<EngineResult<void>> m_pending;
};

} // namespace Stasis
