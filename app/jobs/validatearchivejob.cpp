// SPDX-License-Identifier: GPL-2.0-or-later
#include "validatearchivejob.h"

#include "archivelimits.h"
#include "archivevalidator.h"
#include "jobslogging.h"

#include <QFileInfo>

namespace Stasis
{

namespace
{
constexpr int progressMilliseconds = 200;
}

ValidateArchiveJob::ValidateArchiveJob(const QString &archive, ArchiveFormat format, QObject *parent)
    : Job(parent)
    , m_archive(archive)
    , m_format(format)
{
    setCapabilities(Killable);
    m_progressTimer.setInterval(progressMilliseconds);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        setProcessedAmount(Bytes, quint64(m_validator->processedBytes()));
    });
}

ValidateArchiveJob::~ValidateArchiveJob()
{
    if (m_validator) {
        m_validator->cancel();
    }
}

void ValidateArchiveJob::run()
{
    const QFileInfo file(m_archive);
    if (!file.isFile() || !file.isReadable()) {
        setFailure(InvalidInput, tr("Cannot read %1: check that the file exists and that you may read it.").arg(m_archive));
        emitResult();
        return;
    }
    setTotalAmount(Bytes, quint64(file.size()));
    if (m_validated && m_validated->ok() && m_validated->isOf(m_archive)) {
        qCDebug(lcJobs) << "reusing the validation of" << m_archive;
        Q_EMIT infoMessage(this, tr("%1 was checked already and has not changed since.").arg(file.fileName()));
        setProcessedAmount(Bytes, quint64(file.size()));
        validated(*m_validated);
        return;
    }
    Q_EMIT infoMessage(this, tr("Checking %1 before anything is written…").arg(file.fileName()));
    m_validator = std::make_shared<ArchiveValidator>(m_archive, m_format, ArchiveLimits::fromSettings());
    stopOnKill([this] {
        m_progressTimer.stop();
        m_validator->cancel();
    });
    ArchiveValidator::start(m_validator).then(this, [this](const ArchiveValidation &validation) {
        m_progressTimer.stop();
        if (isFinished()) {
            return; // killed
        }
        setProcessedAmount(Bytes, quint64(m_validator->processedBytes()));
        validated(validation);
    });
    m_progressTimer.start();
}

void ValidateArchiveJob::validated(const ArchiveValidation &validation)
{
    if (!validation.ok()) {
        setFailure(InvalidInput, tr("%1 was refused, nothing was imported: %2").arg(QFileInfo(m_archive).fileName(), validation.problem));
        emitResult();
        return;
    }
    const ArchiveManifest &manifest = *validation.manifest;
    Q_EMIT infoMessage(this,
                       tr("Valid: checkpoint %1 of %2, %n file(s), every hash matches.", nullptr, int(manifest.files.size()))
                           .arg(manifest.checkpoint.name, manifest.container.name));
    m_manifest = manifest;
    m_deletedPaths = validation.deletedPaths;
    emitResult();
}

} // namespace Stasis
