// SPDX-License-Identifier: GPL-2.0-or-later
#include "movejob.h"

#include "capturevolumejob.h"
#include "copycheckpointjob.h"
#include "copyfilesystemjob.h"
#include "createcheckpointjob.h"
#include "createcontainerjob.h"
#include "engineclient.h"
#include "engineimagesource.h"
#include "fillvolumejob.h"
#include "loadimagejob.h"
#include "restorejob.h"
#include "stopcontainerjob.h"

#include <QDateTime>
#include <QLocale>

namespace Stasis
{

namespace
{
// Shares of the whole: the dump and the checkpoint's way across weigh most.
constexpr int preflightShare = 3;
constexpr int freezeShare = 30;
constexpr int imageShare = 7;
constexpr int createShare = 3;
/// For all the volumes carried, together: read, then sent.
constexpr int volumesShare = 10;
constexpr int fileSystemShare = 7;
constexpr int checkpointShare = 30;
/// The source's grace period when a named checkpoint is moved: its state since is thrown away.
constexpr int stopTimeoutSeconds = 2;
} // namespace

MoveJob::MoveJob(EngineClient *source, EngineClient *target, const Request &request, QObject *parent)
    : CompositeJob(parent)
    , m_source(source)
    , m_target(target)
    , m_request(request)
    , m_checkpoint(request.checkpoint)
    , m_leftovers(target)
{
    // A cancelled move still removes what it made on the target, then says so.
    setReportsAfterKill(true);
}

QString MoveJob::targetName() const
{
    return m_request.targetName.isEmpty() ? m_preflight.containerName : m_request.targetName;
}

QString MoveJob::sourceEngine() const
{
    return m_source->endpoint().displayUrl();
}

QString MoveJob::targetEngine() const
{
    return m_target->endpoint().displayUrl();
}

void MoveJob::run()
{
    Q_EMIT description(this, tr("Move %1").arg(m_request.container), {tr("From"), sourceEngine()}, {tr("To"), targetEngine()});
    auto *preflight = new MovePreflightJob(m_source, m_target, m_request);
    runStep(preflight, preflightShare, [this, preflight](Job &step) {
        if (step.error()) {
            adoptFailure(step);
            setErrorText(tr("Cannot move %1: %2").arg(m_request.container, step.errorText()));
            return emitResult();
        }
        preflighted(preflight->preflight());
    });
}

void MoveJob::preflighted(const MovePreflight &preflight)
{
    m_preflight = preflight;
    for (const MovePreflight::Finding &finding : std::as_const(m_preflight.findings)) {
        if (finding.severity == MovePreflight::Finding::Severity::Warning) {
            Q_EMIT warning(this, finding.text);
        }
    }
    if (!m_preflight.canMove()) {
        return emitFailure(InvalidInput, tr("Cannot move %1 to %2: %3").arg(m_request.container, targetEngine(), m_preflight.refusals()));
    }
    readRecipe();
}

void MoveJob::readRecipe()
{
    ContainerRecipe::ofContainer(m_source, m_preflight.containerId).then(this, [this](const EngineResult<ContainerRecipe> &recipe) {
        if (isKilled()) {
            return;
        }
        if (!recipe) {
            return failAt(tr("reading its configuration"), EngineRefused, recipe.error().toString(), recipe.error());
        }
        m_recipe = *recipe;
        carryImage();
    });
}

void MoveJob::carryImage()
{
    if (m_preflight.imageOnTarget) {
        return prepareTarget();
    }
    auto *load = new LoadImageJob(m_target,
                                  m_preflight.imageId,
                                  m_preflight.image,
                                  std::make_unique<EngineImageSource>(m_source, sourceEngine(), m_preflight.imageId, m_preflight.image));
    runStep(load, imageShare, [this, load](Job &step) {
        if (!load->loadedImage().isEmpty()) {
            m_leftovers.addImage(load->loadedImage());
        }
        if (step.error()) {
            return failAt(tr("carrying the image"), step);
        }
        prepareTarget();
    });
}

void MoveJob::prepareTarget()
{
    if (m_preflight.volumesToCarry.isEmpty()) {
        return createTarget();
    }
    freeze();
}

void MoveJob::createTarget()
{
    auto *create = new CreateContainerJob(m_target, *m_recipe, targetName());
    create->setAllowHostAccess(m_allowHostAccess);
    runStep(create, createShare, [this, create](Job &step) {
        if (step.error()) {
            return failAt(tr("creating the container on the target"), step);
        }
        m_leftovers.addContainer(create->containerId(), targetName());
        // Without volumes to carry, the container is made before the freeze; with them, after they were filled.
        m_frozen ? copyFileSystem() : freeze();
    });
}

void MoveJob::carryVolumes(QStringList volumes)
{
    if (volumes.isEmpty()) {
        return createTarget();
    }
    const QString volume = volumes.takeFirst();
    auto *capture = new CaptureVolumeJob(m_source, m_preflight.containerId, volume);
    const int share = std::max(1, volumesShare / int(2 * m_preflight.volumesToCarry.size()));
    runStep(capture, share, [this, capture, volume, volumes, share](Job &step) {
        if (step.error()) {
            return failAt(tr("reading the volume %1").arg(volume), step);
        }
        const std::shared_ptr<VolumeSpool> spool = capture->spool();
        auto *fill = new FillVolumeJob(m_target, spool->volume(), VolumeSpool::body(spool));
        runStep(fill, share, [this, fill, volume, volumes](Job &filled) {
            if (!fill->createdVolume().isEmpty()) {
                m_leftovers.addVolume(fill->createdVolume());
            }
            if (filled.error()) {
                // Named as the source has it: a creation that failed leaves createdVolume() empty.
                return failAt(tr("filling the volume %1 on the target").arg(volume), filled);
            }
            carryVolumes(volumes);
        });
    });
}

void MoveJob::freeze()
{
    m_frozenFor.start();
    if (m_checkpoint.isEmpty()) {
        m_checkpoint = QStringLiteral("move-") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        Q_EMIT infoMessage(this, tr("Freezing %1 into the checkpoint %2…").arg(m_request.container, m_checkpoint));
        runStep(new CreateCheckpointJob(m_source, m_preflight.containerId, CheckpointOptions{m_checkpoint, false, {}}), freezeShare, [this](Job &step) {
            if (step.error()) {
                // The checkpoint job said what state the source is in.
                return failAt(tr("freezing it"), step);
            }
            m_frozen = true;
            afterFreeze();
        });
        return;
    }
    if (!m_preflight.containerRunning) {
        m_frozen = true;
        return afterFreeze();
    }
    Q_EMIT infoMessage(this, tr("Stopping %1: it moves as its checkpoint %2 left it…").arg(m_request.container, m_checkpoint));
    runStep(new StopContainerJob(m_source, m_preflight.containerId, stopTimeoutSeconds), freezeShare, [this](Job &step) {
        if (step.error()) {
            return failAt(tr("stopping it"), step);
        }
        m_frozen = true;
        afterFreeze();
    });
}

void MoveJob::afterFreeze()
{
    if (m_preflight.volumesToCarry.isEmpty()) {
        return copyFileSystem();
    }
    carryVolumes(m_preflight.volumesToCarry);
}

void MoveJob::copyFileSystem()
{
    runStep(new CopyFileSystemJob(m_source, m_preflight.containerName, m_target, targetName()), fileSystemShare, [this](Job &step) {
        if (step.error()) {
            return failAt(tr("carrying the file system"), step);
        }
        copyCheckpoint();
    });
}

void MoveJob::copyCheckpoint()
{
    const CheckpointCopy::Source source{m_preflight.containerName, {}, m_checkpoint, m_source};
    runStep(new CopyCheckpointJob(m_target, source, targetName()), checkpointShare, [this](Job &step) {
        if (step.error()) {
            return failAt(tr("carrying the checkpoint"), step);
        }
        restore();
    });
}

void MoveJob::restore()
{
    runStep(new RestoreJob(m_target, targetName(), m_checkpoint), remainingShare(), [this](Job &step) {
        if (step.error()) {
            return failAt(tr("restoring on the target"), step);
        }
        verifyRunning();
    });
}

void MoveJob::verifyRunning()
{
    m_target->inspectContainer(targetName()).then(this, [this](const EngineResult<ContainerDetails> &details) {
        if (isKilled()) {
            return;
        }
        if (!details) {
            return failAt(tr("checking the restored container"), EngineRefused, details.error().toString(), details.error());
        }
        if (!details->running) {
            return failAt(tr("checking the restored container"),
                          RestoreFailed,
                          tr("%1 stopped right after its restore (%2, exit code %3).").arg(targetName(), details->status).arg(details->exitCode));
        }
        m_downtime = std::chrono::milliseconds(m_frozenFor.elapsed());
        Q_EMIT infoMessage(this,
                           tr("%1 runs on %2 from the checkpoint %3, after %4 s of downtime.")
                               .arg(targetName(), targetEngine(), m_checkpoint, QLocale().toString(double(m_downtime->count()) / 1000.0, 'f', 1)));
        removeSource();
    });
}

void MoveJob::removeSource()
{
    if (m_keepSource) {
        Q_EMIT infoMessage(this, tr("%1 stays stopped on %2 with its checkpoint %3.").arg(m_request.container, sourceEngine(), m_checkpoint));
        return emitResult();
    }
    m_source->removeContainer(m_preflight.containerId, true).then(this, [this](const EngineResult<void> &removed) {
        if (isKilled()) {
            return;
        }
        if (!removed) {
            Q_EMIT warning(this,
                           tr("The move is done, but %1 could not be removed from %2 (%3): it is stopped there; remove it by hand.")
                               .arg(m_request.container, sourceEngine(), removed.error().toString()));
        } else {
            Q_EMIT infoMessage(this, tr("Removed %1 from %2.").arg(m_request.container, sourceEngine()));
        }
        emitResult();
    });
}

QString MoveJob::resumeAdvice() const
{
    if (!m_frozen) {
        return {};
    }
    return tr("%1 is stopped on %2 and keeps its checkpoint %3: to resume it there, start it from that checkpoint (stasisctl --host %2 start "
              "--checkpoint %3 %1).")
        .arg(m_request.container, sourceEngine(), m_checkpoint);
}

void MoveJob::failAt(const QString &stepName, const Job &step)
{
    adoptFailure(step);
    setErrorText(tr("Moving %1 failed while %2: %3").arg(m_request.container, stepName, step.errorText()));
    rollBack();
}

void MoveJob::failAt(const QString &stepName, Error code, const QString &text, const EngineError &engineError)
{
    setFailure(code, tr("Moving %1 failed while %2: %3").arg(m_request.container, stepName, text), engineError);
    rollBack();
}

void MoveJob::rollBack()
{
    m_leftovers.removeAll(this, errorText(), [this](const QString &text) {
        if (isKilled()) {
            return;
        }
        const QString advice = resumeAdvice();
        setErrorText(advice.isEmpty() ? text : text + QLatin1Char(' ') + advice);
        emitResult();
    });
}

void MoveJob::afterKill(const std::function<void()> &done)
{
    m_leftovers.removeAfterCancel(
        this,
        [this](const QString &report) {
            Q_EMIT infoMessage(this, report);
        },
        [this, done] {
            if (const QString advice = resumeAdvice(); !advice.isEmpty()) {
                Q_EMIT infoMessage(this, tr("Cancelled. %1").arg(advice));
            }
            done();
        });
}

} // namespace Stasis
