// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "compositejob.h"
#include "containerrecipe.h"
#include "engineleftovers.h"
#include "movepreflightjob.h"

#include <QElapsedTimer>

#include <chrono>
#include <optional>

namespace Stasis
{

/// Moves a container from one engine to another, where it goes on from the
/// point it was frozen. Steps, each a job of its own: the pre-flight
/// (MovePreflightJob), refused before anything is frozen when the move
/// cannot work; while the source still runs, its image, when the target
/// lacks it, relayed from engine to engine and checked as it goes
/// (LoadImageJob with an EngineImageSource), and the container, created on
/// the target with the host-safe recipe of the source (CreateContainerJob);
/// then freezing the source — a checkpoint that stops it
/// (CreateCheckpointJob), or with a named checkpoint a stop
/// (StopContainerJob); its named volumes, each read from the frozen source
/// into a private temporary file and filled on the target
/// (CaptureVolumeJob, FillVolumeJob) — with volumes, the container is
/// created only after them, else the engine would make them empty; its
/// file system changes (CopyFileSystemJob); the checkpoint, streamed from
/// the source's folder into the target's and committed there in one rename
/// once every file arrived as listed (CopyCheckpointJob); the restore
/// (RestoreJob), and a look that the container runs. Then the source is
/// removed, or kept stopped with its checkpoint (setKeepSource()).
/// downtime() runs from the freeze to the target running.
///
/// A failure or a cancel removes what the move made on the target (the
/// container with its checkpoint, the volumes, an image it loaded); a source
/// that was frozen stays stopped with its checkpoint, and the message says
/// which step failed and how to resume the source.
class MoveJob final : public CompositeJob
{
    Q_OBJECT

public:
    using Request = MovePreflightJob::Request;

    MoveJob(EngineClient *source, EngineClient *target, const Request &request, QObject *parent = nullptr);

    /// Keeps the source, stopped, with its checkpoint, instead of removing it.
    void setKeepSource(bool keep)
    {
        m_keepSource = keep;
    }
    /// Creates the target even when the container's configuration reaches the host (HostAccess).
    void setAllowHostAccess(bool allow)
    {
        m_allowHostAccess = allow;
    }

    /// After the pre-flight ran.
    const MovePreflight &preflight() const
    {
        return m_preflight;
    }
    /// The container's name on the target.
    QString targetName() const;
    /// The checkpoint it moved with.
    const QString &checkpoint() const
    {
        return m_checkpoint;
    }
    /// From the freeze to the target running; empty unless the move succeeded.
    std::optional<std::chrono::milliseconds> downtime() const
    {
        return m_downtime;
    }

protected:
    void run() override;
    void afterKill(const std::function<void()> &done) override;

private:
    void preflighted(const MovePreflight &preflight);
    void readRecipe();
    void carryImage();
    /// Creates the target container now, or after the freeze when volumes travel.
    void prepareTarget();
    void createTarget();
    void freeze();
    void afterFreeze();
    /// Reads each of @p volumes from the frozen source and fills it on the
    /// target (CaptureVolumeJob, FillVolumeJob), then creates the target container.
    void carryVolumes(QStringList volumes);
    void copyFileSystem();
    void copyCheckpoint();
    void restore();
    void verifyRunning();
    void removeSource();

    /// Fails at @p stepName with @p step's failure: what the move made on
    /// the target is removed, and the message says how to resume the source.
    void failAt(const QString &stepName, const Job &step);
    void failAt(const QString &stepName, Error code, const QString &text, const EngineError &engineError = {});
    /// Rolls back the target, then emits the result.
    void rollBack();
    /// How to get the source going again, once it was frozen.
    QString resumeAdvice() const;
    QString sourceEngine() const;
    QString targetEngine() const;

    EngineClient *m_source;
    EngineClient *m_target;
    Request m_request;
    bool m_keepSource = false;
    bool m_allowHostAccess = false;
    MovePreflight m_preflight;
    QString m_checkpoint;
    std::optional<ContainerRecipe> m_recipe;
    /// The source was stopped by the move (its checkpoint holds its state).
    bool m_frozen = false;
    QElapsedTimer m_frozenFor;
    std::optional<std::chrono::milliseconds> m_downtime;
    EngineLeftovers m_leftovers;
};

} // namespace Stasis
