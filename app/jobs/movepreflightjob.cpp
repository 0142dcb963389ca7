// SPDX-License-Identifier: GPL-2.0-or-later
#include "movepreflightjob.h"

#include "engineclient.h"
#include "untrustedtext.h"

#include <QJsonObject>
#include <QVersionNumber>

namespace Stasis
{

namespace
{

QString orUnknown(const QString &value)
{
    return value.isEmpty() ? MovePreflight::tr("unknown") : UntrustedText::escaped(value);
}

} // namespace

bool MovePreflight::canMove() const
{
    return refusals().isEmpty();
}

QString MovePreflight::refusals() const
{
    QStringList lines;
    for (const Finding &finding : findings) {
        if (finding.severity == Finding::Severity::Refusal) {
            lines.append(finding.text);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString MovePreflight::brokenNetworkRestore(const QString &engineVersion, const QString &networkMode)
{
    const int major = QVersionNumber::fromString(engineVersion).majorVersion();
    if ((major != 28 && major != 29) || networkMode == QLatin1String("host")) {
        return {};
    }
    return tr("The target engine runs Docker %1: Docker 28 and 29 fail to restore a container with a network namespace of its own "
              "(\"bind-mount /proc/0/ns/net\"; containerd#12141, moby#50750), and CRIU's own tests keep Docker outside those versions. "
              "The restore on the target will likely fail: move to an engine of another version.")
        .arg(UntrustedText::escaped(engineVersion));
}

QString MovePreflight::report() const
{
    const auto row = [](const QString &label, const QString &source, const QString &target) {
        return QStringLiteral("%1  %2  %3").arg(label, -16).arg(source, -28).arg(target);
    };
    const EngineCapabilities &from = source.capabilities;
    const EngineCapabilities &to = target.capabilities;
    const auto checkpoints = [](const EngineCapabilities &capabilities) {
        return capabilities.canCheckpoint() ? tr("yes") : tr("no");
    };
    QStringList lines{
        tr("source: %1").arg(UntrustedText::escaped(source.engine)),
        tr("target: %1").arg(UntrustedText::escaped(target.engine)),
        QString(),
        row(QString(), tr("source"), tr("target")),
        row(tr("Docker"), orUnknown(from.version.version), orUnknown(to.version.version)),
        row(tr("architecture"), orUnknown(from.info.architecture), orUnknown(to.info.architecture)),
        row(tr("kernel"), orUnknown(from.info.kernelVersion), orUnknown(to.info.kernelVersion)),
        // The engine's /info names its runtimes, not CRIU's version.
        row(tr("CRIU"), tr("not reported"), tr("not reported")),
        row(tr("checkpoints"), checkpoints(from), checkpoints(to)),
        QString(),
        tr("container: %1 (%2)").arg(UntrustedText::escaped(containerName), UntrustedText::escaped(containerId.left(12))),
        imageOnTarget ? tr("image: %1, already on the target").arg(UntrustedText::escaped(image))
                      : tr("image: %1, travels along").arg(UntrustedText::escaped(image)),
    };
    for (const QString &volume : volumesToCarry) {
        lines.append(tr("volume: %1, travels along").arg(UntrustedText::escaped(volume)));
    }
    lines.append(QString());
    for (const Finding &finding : findings) {
        lines.append((finding.severity == Finding::Severity::Refusal ? tr("refused: %1") : tr("warning: %1")).arg(finding.text));
    }
    lines.append(canMove() ? tr("The move can go.") : tr("The move cannot go."));
    return lines.join(QLatin1Char('\n'));
}

MovePreflightJob::MovePreflightJob(EngineClient *source, EngineClient *target, const Request &request, QObject *parent)
    : Job(parent)
    , m_source(source)
    , m_target(target)
    , m_request(request)
{
    setCapabilities(Killable);
}

void MovePreflightJob::run()
{
    Q_EMIT description(this, tr("Checking the move of %1").arg(m_request.container));
    m_preflight.source.engine = m_source->endpoint().displayUrl();
    m_preflight.target.engine = m_target->endpoint().displayUrl();
    m_steps = {
        [this] {
            readEngine(m_source, &m_preflight.source);
        },
        [this] {
            readEngine(m_target, &m_preflight.target);
        },
        [this] {
            compareEngines();
        },
        [this] {
            inspectContainer();
        },
        [this] {
            checkCheckpoint();
        },
        [this] {
            checkImage();
        },
        [this] {
            checkName();
        },
    };
    next();
}

void MovePreflightJob::next()
{
    if (isFinished()) {
        return;
    }
    if (m_steps.isEmpty()) {
        emitResult();
        return;
    }
    setTotalAmount(Items, m_stepsDone + m_steps.size());
    setProcessedAmount(Items, m_stepsDone++);
    const Step step = m_steps.takeFirst();
    step();
}

void MovePreflightJob::refuse(const QString &text)
{
    m_preflight.findings.append({MovePreflight::Finding::Severity::Refusal, text});
}

void MovePreflightJob::warn(const QString &text)
{
    m_preflight.findings.append({MovePreflight::Finding::Severity::Warning, text});
}

void MovePreflightJob::readEngine(EngineClient *client, MovePreflight::Side *side)
{
    Q_EMIT infoMessage(this, tr("Asking the engine at %1").arg(side->engine));
    client->connectToEngine().then(this, [this, client, side](const EngineResult<EnginePing> &ping) {
        if (!ping) {
            emitFailure(EngineUnavailable, tr("The engine at %1 cannot be reached: %2").arg(side->engine, ping.error().toString()), ping.error());
            return;
        }
        client->version().then(this, [this, client, side, ping = *ping](const EngineResult<EngineVersion> &version) {
            if (!version) {
                emitFailure(EngineRefused, tr("The engine at %1 did not say its version: %2").arg(side->engine, version.error().toString()), version.error());
                return;
            }
            client->info().then(this, [this, side, ping, version = *version](const EngineResult<EngineInfo> &info) {
                if (!info) {
                    emitFailure(EngineRefused, tr("The engine at %1 did not describe itself: %2").arg(side->engine, info.error().toString()), info.error());
                    return;
                }
                side->capabilities = EngineCapabilities::from(ping, version, *info);
                if (!side->capabilities.canCheckpoint()) {
                    refuse(tr("The engine at %1 cannot checkpoint: %2").arg(side->engine, side->capabilities.checkpointProblem));
                }
                next();
            });
        });
    });
}

void MovePreflightJob::compareEngines()
{
    const EngineInfo &from = m_preflight.source.capabilities.info;
    const EngineInfo &to = m_preflight.target.capabilities.info;
    if (!from.id.isEmpty() && from.id == to.id) {
        refuse(tr("%1 and %2 are the same engine: a move needs another one.").arg(m_preflight.source.engine, m_preflight.target.engine));
    }
    if (from.architecture != to.architecture) {
        refuse(tr("The engines run on different CPU architectures (%1 on the source, %2 on the target): CRIU restores a process only on the architecture it "
                  "was frozen on.")
                   .arg(orUnknown(from.architecture), orUnknown(to.architecture)));
    }
    // "6.1.0-28-amd64" reads as 6.1.0: the release's numbers, without the distribution's suffix.
    const QVersionNumber fromKernel = QVersionNumber::fromString(from.kernelVersion);
    const QVersionNumber toKernel = QVersionNumber::fromString(to.kernelVersion);
    if (!fromKernel.isNull() && !toKernel.isNull() && toKernel < fromKernel) {
        warn(tr("The target's kernel (%1) is older than the source's (%2): a process that uses what only the newer kernel has cannot be restored there.")
                 .arg(UntrustedText::escaped(to.kernelVersion), UntrustedText::escaped(from.kernelVersion)));
    }
    next();
}

void MovePreflightJob::inspectContainer()
{
    Q_EMIT infoMessage(this, tr("Inspecting %1").arg(m_request.container));
    m_source->inspectContainer(m_request.container).then(this, [this](const EngineResult<ContainerDetails> &details) {
        if (!details) {
            const bool missing = details.error().kind == EngineError::Kind::NotFound;
            emitFailure(missing ? NotFound : EngineRefused,
                        missing ? tr("There is no container %1 on the engine at %2.").arg(m_request.container, m_preflight.source.engine)
                                : tr("Cannot inspect %1: %2").arg(m_request.container, details.error().toString()),
                        details.error());
            return;
        }
        m_container = *details;
        m_preflight.containerId = m_container.id;
        m_preflight.containerName = m_container.name;
        m_preflight.containerRunning = m_container.running && !m_container.paused;
        m_preflight.image = m_container.image;
        m_preflight.imageId = m_container.imageId;
        for (const MountPoint &mount : std::as_const(m_container.mounts)) {
            if (mount.type == QLatin1String("volume")) {
                m_steps.append([this, volume = mount.name] {
                    checkVolume(volume);
                });
            } else if (mount.type == QLatin1String("bind")) {
                warn(tr("%1 binds the folder %2 of its host at %3: the target's host must have that folder with the same content, or the restore fails.")
                         .arg(UntrustedText::escaped(m_container.name), UntrustedText::escaped(mount.source), UntrustedText::escaped(mount.destination)));
            }
        }
        checkNetworkRestore();
        next();
    });
}

void MovePreflightJob::checkNetworkRestore()
{
    const QString networkMode = m_container.inspect.value(QLatin1String("HostConfig")).toObject().value(QLatin1String("NetworkMode")).toString();
    if (const QString broken = MovePreflight::brokenNetworkRestore(m_preflight.target.capabilities.version.version, networkMode); !broken.isEmpty()) {
        warn(broken);
    }
}

void MovePreflightJob::checkCheckpoint()
{
    if (m_request.checkpoint.isEmpty()) {
        if (!m_container.running || m_container.paused) {
            refuse(tr("%1 is not running (%2): only a running container can be frozen for a move. Start it, or name one of its checkpoints to move from.")
                       .arg(UntrustedText::escaped(m_container.name), UntrustedText::escaped(m_container.status)));
        }
        next();
        return;
    }
    m_source->checkpoints(m_container.id).then(this, [this](const EngineResult<QList<CheckpointRef>> &checkpoints) {
        if (!checkpoints) {
            emitFailure(EngineRefused, tr("Cannot list the checkpoints of %1: %2").arg(m_container.name, checkpoints.error().toString()), checkpoints.error());
            return;
        }
        const bool present = std::any_of(checkpoints->begin(), checkpoints->end(), [this](const CheckpointRef &checkpoint) {
            return checkpoint.name == m_request.checkpoint;
        });
        if (!present) {
            refuse(tr("%1 has no checkpoint %2 to move from.").arg(UntrustedText::escaped(m_container.name), UntrustedText::escaped(m_request.checkpoint)));
        }
        next();
    });
}

void MovePreflightJob::checkImage()
{
    Q_EMIT infoMessage(this, tr("Looking for the image %1 on the target").arg(m_preflight.image));
    m_target->inspectImage(m_container.imageId).then(this, [this](const EngineResult<ImageDetails> &onTarget) {
        if (onTarget) {
            m_preflight.imageOnTarget = true;
            next();
            return;
        }
        if (onTarget.error().kind != EngineError::Kind::NotFound) {
            emitFailure(EngineRefused, tr("Cannot ask the target for the image %1: %2").arg(m_preflight.image, onTarget.error().toString()), onTarget.error());
            return;
        }
        m_source->inspectImage(m_container.imageId).then(this, [this](const EngineResult<ImageDetails> &onSource) {
            if (!onSource) {
                refuse(tr("The image of %1 (%2) is on neither engine any more, so it cannot travel: the target cannot create the container.")
                           .arg(UntrustedText::escaped(m_container.name), UntrustedText::escaped(m_preflight.image)));
            }
            next();
        });
    });
}

void MovePreflightJob::checkName()
{
    const QString name = m_request.targetName.isEmpty() ? m_container.name : m_request.targetName;
    m_target->inspectContainer(name).then(this, [this, name](const EngineResult<ContainerDetails> &existing) {
        if (existing) {
            refuse(tr("The target already has a container named %1: remove or rename it there, or give the moved container another name.")
                       .arg(UntrustedText::escaped(name)));
        } else if (existing.error().kind != EngineError::Kind::NotFound) {
            emitFailure(EngineRefused, tr("Cannot ask the target about %1: %2").arg(name, existing.error().toString()), existing.error());
            return;
        }
        next();
    });
}

void MovePreflightJob::checkVolume(const QString &volume)
{
    m_target->inspectVolume(volume).then(this, [this, volume](const EngineResult<VolumeDetails> &existing) {
        if (existing) {
            refuse(tr("The target already has a volume named %1, which the moved container would carry: remove it there first.")
                       .arg(UntrustedText::escaped(volume)));
        } else if (existing.error().kind == EngineError::Kind::NotFound) {
            m_preflight.volumesToCarry.append(volume);
        } else {
            emitFailure(EngineRefused, tr("Cannot ask the target about the volume %1: %2").arg(volume, existing.error().toString()), existing.error());
            return;
        }
        next();
    });
}

} // namespace Stasis
