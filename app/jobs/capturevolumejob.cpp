// SPDX-License-Identifier: GPL-2.0-or-later
#include "capturevolumejob.h"

#include "backgroundwork.h"
#include "engineclient.h"
#include "spooledfiledevice.h"
#include "volumecapture.h"

#include <QDir>
#include <QTemporaryFile>

namespace Stasis
{

VolumeSpool::VolumeSpool(std::unique_ptr<BackgroundWork> work, std::shared_ptr<QTemporaryFile> file, qint64 size, const ArchiveManifest::Volume &volume)
    : m_work(std::move(work))
    , m_file(std::move(file))
    , m_size(size)
    , m_volume(volume)
{
}

VolumeSpool::~VolumeSpool()
{
    m_work->post([file = std::move(m_file)]() mutable {
        file.reset();
    });
}

FillVolumeJob::Body VolumeSpool::body(const std::shared_ptr<VolumeSpool> &spool)
{
    return [spool](QObject *parent) -> std::expected<ProducedDevice *, QString> {
        auto *body = new SpooledFileDevice(CaptureVolumeJob::tr("The volume %1").arg(spool->m_volume.name), spool->m_file, spool->m_size, parent);
        if (!body->open(QIODevice::ReadOnly)) {
            const QString problem = body->errorString();
            delete body;
            return std::unexpected(problem);
        }
        return body;
    };
}

CaptureVolumeJob::CaptureVolumeJob(EngineClient *client, const QString &container, const QString &volume, QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_container(container)
    , m_volume(volume)
{
    setCapabilities(Killable);
}

CaptureVolumeJob::~CaptureVolumeJob()
{
    // The capture writes on the work's thread: it goes first.
    delete m_capture.data();
}

void CaptureVolumeJob::run()
{
    Q_EMIT infoMessage(this, tr("Reading the volume %1 of %2…").arg(m_volume, m_container));
    m_client->inspectContainer(m_container).then(this, [this](const EngineResult<ContainerDetails> &container) {
        if (isFinished()) {
            return;
        }
        if (!container) {
            return emitFailure(EngineRefused, tr("Cannot look up %1: %2").arg(m_container, container.error().toString()), container.error());
        }
        for (const MountPoint &mount : container->mounts) {
            if (mount.type == QLatin1String("volume") && mount.name == m_volume) {
                return capture(*container, mount);
            }
        }
        emitFailure(NotFound, tr("%1 does not use the volume %2 (any more).").arg(m_container, m_volume));
    });
}

void CaptureVolumeJob::capture(const ContainerDetails &container, const MountPoint &mount)
{
    m_work = std::make_unique<BackgroundWork>(QStringLiteral("stasis-volume"));
    m_capture = new VolumeCapture(m_client, container, mount, QDir::tempPath(), m_work.get(), this);
    connect(m_capture, &SpooledCapture::progress, this, [this] {
        setProcessedAmount(Bytes, quint64(m_capture->bytesWritten()));
    });
    connect(m_capture, &SpooledCapture::finished, this, [this](bool ok) {
        m_capture->deleteLater();
        if (!ok) {
            return emitFailure(CopyFailed, m_capture->errorString(), m_capture->engineError().value_or(EngineError{}));
        }
        ArchiveManifest described;
        m_capture->describe(described);
        const SpooledCapture::File tar = m_capture->takeFiles().constLast();
        m_spool = std::make_shared<VolumeSpool>(std::move(m_work), tar.spooled, tar.entry.size, described.volumes.constLast());
        emitResult();
    });
    m_capture->start();
}

bool CaptureVolumeJob::doKill()
{
    if (m_capture) {
        m_capture->abort();
    }
    return true;
}

} // namespace Stasis
