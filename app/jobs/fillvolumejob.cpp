// SPDX-License-Identifier: GPL-2.0-or-later
#include "fillvolumejob.h"

#include "archivelimits.h"
#include "engineclient.h"
#include "helpercontainer.h"
#include "helperlease.h"
#include "helperregistry.h"
#include "validatedfilesystemdevice.h"

#include "engineexchange.h"
#include <QLocale>

namespace Stasis
{

namespace
{
/// The helper's anonymous volume, and where the volume being filled lies in it.
const QString helperFolder = QStringLiteral("/mnt");
const QString helperVolumePath = helperFolder + QLatin1Char('/') + ArchiveManifest::Volume::tarRoot;
const QString localDriver = QStringLiteral("local");
} // namespace

FillVolumeJob::FillVolumeJob(EngineClient *client, const ArchiveManifest::Volume &volume, Body body, QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_volume(volume)
    , m_makeBody(std::move(body))
{
    setCapabilities(Killable);
}

FillVolumeJob::Body
FillVolumeJob::fromArchive(const QString &archive, ArchiveFormat format, const ArchiveManifest &manifest, const ArchiveManifest::Volume &volume)
{
    const ArchiveFileEntry tar = *manifest.topLevelFile(volume.tarName());
    return [archive, format, tar](QObject *parent) -> std::expected<ProducedDevice *, QString> {
        auto *body = new ValidatedFileSystemDevice(archive, format, tar, ArchiveLimits::fromSettings(), parent);
        if (!body->open(QIODevice::ReadOnly)) {
            const QString problem = tr("Cannot read %1 again: %2").arg(archive, body->errorString());
            delete body;
            return std::unexpected(problem);
        }
        return body;
    };
}

FillVolumeJob::~FillVolumeJob()
{
    // Before the body it reads goes, and the body before what it reads (Body's captures).
    stopUpload();
    delete static_cast<QObject *>(m_body.data());
}

void FillVolumeJob::run()
{
    m_client->inspectVolume(m_volume.name).then(this, [this](const EngineResult<VolumeDetails> &existing) {
        if (isFinished()) {
            return;
        }
        if (existing && m_reuseExisting) {
            Q_EMIT warning(this, tr("The volume %1 exists on this engine: the container uses it as it is, not the content in the archive.").arg(m_volume.name));
            return emitResult();
        }
        if (existing) {
            return fail(CreateFailed,
                        tr("The volume %1 exists on this engine already. Remove it (docker volume rm %1) to have the archive's content, or "
                           "import with --reuse-volumes to use it as it is.")
                            .arg(m_volume.name));
        }
        if (existing.error().kind != EngineError::Kind::NotFound) {
            return fail(EngineRefused, tr("Cannot look up the volume %1: %2").arg(m_volume.name, existing.error().toString()), existing.error());
        }
        create();
    });
}

void FillVolumeJob::create()
{
    if (m_volume.driver != localDriver) {
        return fail(CreateFailed,
                    tr("The volume %1 had the driver \"%2\"; Stasis creates volumes with the engine's local driver only. Create %1 with that "
                       "driver yourself, then import with --reuse-volumes.")
                        .arg(m_volume.name, m_volume.driver));
    }
    Q_EMIT infoMessage(this, tr("Creating the volume %1 with %2 of files…").arg(m_volume.name, QLocale().formattedDataSize(m_volume.contentSize)));
    m_client->createVolume(m_volume.name, localDriver).then(this, [this](const EngineResult<VolumeDetails> &created) {
        if (created) {
            m_createdVolume = m_volume.name;
        }
        if (isFinished()) {
            return;
        }
        if (!created) {
            return fail(CreateFailed, tr("Cannot create the volume %1: %2").arg(m_volume.name, created.error().toString()), created.error());
        }
        createHelper();
    });
}

void FillVolumeJob::createHelper()
{
    HelperContainer::Spec spec = HelperContainer::mountingVolume(m_volume.name, false);
    spec.mountPoint = helperVolumePath;
    spec.volumes = {helperFolder};
    HelperRegistry::of(m_client)->create(spec).then(this, [this](const EngineResult<std::shared_ptr<HelperLease>> &helper) {
        if (isFinished()) {
            return; // the helper goes with its lease
        }
        if (!helper) {
            return fail(EngineRefused,
                        tr("Cannot create a helper container to fill the volume %1: %2").arg(m_volume.name, helper.error().toString()),
                        helper.error());
        }
        fill(*helper);
    });
}

void FillVolumeJob::fill(const std::shared_ptr<HelperLease> &helper)
{
    m_helper = helper;
    const auto body = m_makeBody(this);
    if (!body) {
        return fail(CopyFailed, body.error());
    }
    m_body = *body;
    setTotalAmount(Bytes, quint64(m_body->size()));
    m_upload = m_client->putArchive(m_helper->id(), helperFolder, m_body, m_body->size(), this);
    connect(m_upload, &EngineExchange::bodyProgress, this, [this](qint64 sent) {
        setProcessedAmount(Bytes, quint64(sent));
    });
    connect(m_upload, &EngineExchange::finished, this, &FillVolumeJob::filled);
}

void FillVolumeJob::filled()
{
    m_upload->deleteLater();
    if (m_body->hasFailed()) {
        // Says more than the engine's broken pipe: the content changed since it was checked.
        return fail(CopyFailed, tr("Cannot fill the volume %1: %2").arg(m_volume.name, m_body->errorString()));
    }
    if (const std::optional<EngineError> &error = m_upload->error()) {
        return fail(EngineRefused, tr("The engine did not write the content of the volume %1: %2").arg(m_volume.name, error->message), *error);
    }
    setProcessedAmount(Bytes, totalAmount(Bytes));
    Q_EMIT infoMessage(this, tr("Filled the volume %1.").arg(m_volume.name));
    finish();
}

void FillVolumeJob::finish()
{
    if (!m_helper) {
        return emitResult();
    }
    std::exchange(m_helper, {})->remove().then(this, [this](const EngineResult<void> &removed) {
        if (!removed && !error()) {
            Q_EMIT warning(this, tr("Filled the volume %1, but could not remove the helper container: %2").arg(m_volume.name, removed.error().toString()));
        }
        emitResult();
    });
}

void FillVolumeJob::fail(Error code, const QString &message, const EngineError &engineError)
{
    setFailure(code, message, engineError);
    stopUpload();
    finish();
}

void FillVolumeJob::stopUpload()
{
    if (m_upload) {
        m_upload->abort();
    }
}

bool FillVolumeJob::doKill()
{
    stopUpload();
    // The lease's removal outlives the job; nobody waits for its answer.
    m_helper.reset();
    return true;
}

} // namespace Stasis
