// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "checkpointmetadata.h"
#include "engineerror.h"
#include "enginetypes.h"
#include "job.h"
#include "jobtarget.h"

#include <QElapsedTimer>

#include <functional>
#include <optional>

namespace Stasis
{

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
    CreateCheckpointJob(EngineClient *client, const QString &container, const CheckpointOptions &options, QObject *parent = nullptr);

    /// What was written beside the CRIU images, with the dump's duration;
    /// empty before success and when writing it failed (a warning() says why).
    const std::optional<CheckpointMetadata> &metadata() const
    {
        return m_metadata;
    }

protected:
    /// After a CRIU failure, errorDetails() holds the `Error (…)` lines of
    /// CRIU's log, what to do about known causes, and the log itself.
    void run() override;
    bool doKill() override;

private:
    void reportStateAfterKill();
    void writeMetadata(qint64 dumpMilliseconds);
    void failAfterCheckingState(const EngineError &error);
    /// Reads the CRIU log @p error names, if any, then emits the result.
    void finishWithCriuDetails(const EngineError &error);

    JobTarget m_target;
    CheckpointOptions m_options;
    QElapsedTimer m_attemptTimer;
    std::optional<CheckpointMetadata> m_metadata;
    std::function<void()> m_cancel;
};

} // namespace Stasis
