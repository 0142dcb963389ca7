// SPDX-License-Identifier: GPL-2.0-or-later
#include "importjob.h"

#include "archiveformat.h"
#include "archivelimits.h"
#include "archivevalidator.h"
#include "checkpointname.h"
#include "checkpointstager.h"
#include "containerfromrecipe.h"
#include "containerrecipe.h"
#include "engineclient.h"
#include "freshtardevice.h"
#include "jobslogging.h"
#include "validatedarchivesource.h"

#include <QFileInfo>
#include <QTimer>

namespace Stasis
{

namespace
{
constexpr int progressMilliseconds = 200;
}

ImportJob::ImportJob(EngineClient *client, const QString &archive, const QString &container, QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_archive(archive)
    , m_container(container)
{
    setCapabilities(Killable);
    // A cancelled upload still removes its staging folder and helpers, then
    // says so: the job outlives its kill until then.
    setReportsAfterKill(true);
    m_progressTimer.setInterval(progressMilliseconds);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_validator) {
            setProcessedAmount(Bytes, quint64(m_validator->processedBytes()));
        }
    });
}

ImportJob::~ImportJob()
{
    if (m_validator) {
        m_validator->cancel();
    }
}

void ImportJob::setCheckpointName(const QString &name)
{
    m_name = name;
}

void ImportJob::setCreateContainer(bool create)
{
    m_createContainer = create;
}

void ImportJob::setValidated(const ArchiveValidation &validation)
{
    m_validated = validation;
}

void ImportJob::run()
{
    validate();
}

void ImportJob::validate()
{
    const std::optional<ArchiveFormat> format = ArchiveFormats::fromFileName(m_archive);
    if (!format) {
        fail(InvalidInput, tr("%1 is not a checkpoint archive: its name must end in .tar.zst, .tar.gz, .tar.xz or .zip.").arg(m_archive));
        return;
    }
    const QFileInfo file(m_archive);
    if (!file.isFile() || !file.isReadable()) {
        fail(InvalidInput, tr("Cannot read %1: check that the file exists and that you may read it.").arg(m_archive));
        return;
    }
    m_archiveSize = file.size();
    Q_EMIT description(this, tr("Import"), {tr("Archive"), m_archive}, {tr("Container"), m_container});
    setTotalAmount(Bytes, quint64(m_archiveSize));
    if (m_validated && m_validated->ok() && m_validated->isOf(m_archive)) {
        qCDebug(lcJobs) << "reusing the validation of" << m_archive;
        Q_EMIT infoMessage(this, tr("%1 was checked already and has not changed since.").arg(file.fileName()));
        setProcessedAmount(Bytes, quint64(m_archiveSize));
        validated(*std::exchange(m_validated, std::nullopt));
        return;
    }
    Q_EMIT infoMessage(this, tr("Checking %1 before anything is written…").arg(file.fileName()));
    m_validator = std::make_shared<ArchiveValidator>(m_archive, *format, ArchiveLimits::fromSettings());
    m_validation = ArchiveValidator::start(m_validator);
    m_validation.then(this, [this](const ArchiveValidation &validation) {
        validated(validation);
    });
    m_progressTimer.start();
}

void ImportJob::validated(const ArchiveValidation &validation)
{
    m_progressTimer.stop();
    if (m_killed) {
        deleteLater();
        return;
    }
    if (!validation.ok()) {
        fail(InvalidInput, tr("%1 was refused, nothing was imported: %2").arg(QFileInfo(m_archive).fileName(), validation.problem));
        return;
    }
    m_manifest = *validation.manifest;
    if (m_name.isEmpty()) {
        m_name = m_manifest.checkpoint.name;
    }
    if (const QString problem = CheckpointName::problem(m_name); !problem.isEmpty()) {
        fail(InvalidInput, tr("Cannot import as \"%1\": %2").arg(m_name, problem));
        return;
    }
    Q_EMIT infoMessage(this,
                       tr("Valid: checkpoint %1 of %2, %n file(s), every hash matches.", nullptr, int(m_manifest.files.size()))
                           .arg(m_manifest.checkpoint.name, m_manifest.container.name));
    if (m_createContainer) {
        createContainer();
    } else {
        upload();
    }
}

void ImportJob::createContainer()
{
    const auto recipe = ContainerRecipe::fromJson(m_manifest.container.configuration);
    if (!recipe) {
        fail(CreateFailed, tr("Cannot create %1 from the archive: its container configuration is unusable (%2).").arg(m_container, recipe.error()));
        return;
    }
    Q_EMIT infoMessage(this, tr("Creating %1 from the configuration of %2…").arg(m_container, m_manifest.container.name));
    m_creating = true;
    ContainerFromRecipe::create(m_client, *recipe, m_container).then(this, [this](const EngineResult<QString> &id) {
        m_creating = false;
        if (m_killed) {
            if (id) {
                m_client->removeContainer(*id, true).then(this, [this](const EngineResult<void> &) {
                    Q_EMIT infoMessage(this, tr("Cancelled: the container %1 created for the import was removed again.").arg(m_container));
                    deleteLater();
                });
            } else {
                deleteLater();
            }
            return;
        }
        if (!id) {
            fail(CreateFailed, tr("Cannot create %1: %2").arg(m_container, id.error().toString()));
            return;
        }
        m_createdContainer = true;
        upload();
    });
}

void ImportJob::upload()
{
    m_stager = new CheckpointStager(m_client, this);
    m_body = ValidatedArchiveSource::device(m_archive,
                                            *ArchiveFormats::fromFileName(m_archive),
                                            m_manifest,
                                            m_stager->stagingName(),
                                            ArchiveLimits::fromSettings(),
                                            this)
                 .release();
    if (!m_body->open(QIODevice::ReadOnly)) {
        fail(CopyFailed, tr("Cannot read %1 again: %2").arg(m_archive, m_body->errorString()));
        return;
    }
    const quint64 size = quint64(m_body->size());
    setTotalAmount(Bytes, quint64(m_archiveSize) + size);
    setProcessedAmount(Bytes, quint64(m_archiveSize));
    Q_EMIT infoMessage(this, tr("Sending %1 to the engine as checkpoint %2 of %3…").arg(QLocale().formattedDataSize(qint64(size)), m_name, m_container));
    connect(m_stager, &CheckpointStager::uploadProgress, this, [this](qint64 sent, qint64) {
        setProcessedAmount(Bytes, quint64(m_archiveSize + sent));
    });
    connect(m_stager, &CheckpointStager::finished, this, &ImportJob::uploaded);
    m_stager->start(m_container, m_name, m_body, qint64(size));
}

void ImportJob::uploaded(const EngineResult<void> &result)
{
    m_stager->deleteLater();
    if (m_killed) {
        Q_EMIT infoMessage(this,
                           result ? tr("Cancelled too late: checkpoint %1 was imported into %2 before the cancel arrived.").arg(m_name, m_container)
                                  : tr("Cancelled: nothing of the import was left on the engine."));
        deleteLater();
        return;
    }
    if (!result) {
        // The body's own error (a file changed since validation) says more than the engine's broken pipe.
        const bool bodyFailed = m_body && m_body->hasFailed();
        removeCreatedContainer(bodyFailed ? tr("Cannot import checkpoint %1 into %2: %3").arg(m_name, m_container, m_body->errorString())
                                          : result.error().toString(),
                               CopyFailed);
        return;
    }
    Q_EMIT infoMessage(this, tr("Imported checkpoint %1 into %2.").arg(m_name, m_container));
    emitResult();
}

void ImportJob::removeCreatedContainer(const QString &text, Error error)
{
    if (!m_createdContainer) {
        fail(error, text);
        return;
    }
    m_client->removeContainer(m_container, true).then(this, [this, text, error](const EngineResult<void> &removed) {
        fail(error,
             removed ? text + QLatin1Char(' ') + tr("The container %1 created for it was removed again.").arg(m_container)
                     : text + QLatin1Char(' ') +
                     tr("The container %1 created for it could not be removed (%2): remove it by hand.").arg(m_container, removed.error().toString()));
    });
}

void ImportJob::fail(Error error, const QString &text)
{
    m_progressTimer.stop();
    setFailure(error, text);
    emitResult();
}

bool ImportJob::doKill()
{
    m_killed = true;
    m_progressTimer.stop();
    if (m_stager) {
        Q_EMIT infoMessage(this, tr("Cancelling: removing what was sent so far…"));
        m_stager->cancel();
    } else if (m_validator && !m_validation.isFinished()) {
        m_validator->cancel(); // validated() then ends the job
    } else if (!m_creating) {
        deleteLater();
    }
    return true;
}

} // namespace Stasis
