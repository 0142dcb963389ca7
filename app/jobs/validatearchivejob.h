// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archiveformat.h"
#include "archivemanifest.h"
#include "archivevalidation.h"
#include "job.h"

#include <QTimer>

#include <memory>
#include <optional>

namespace Stasis
{

class ArchiveValidator;

/// Checks an untrusted checkpoint archive completely before an import writes
/// anything (ArchiveValidator, on a BackgroundWork thread), with progress in
/// bytes of the file read. A check already made of the file is taken
/// instead when the file has not changed since (ArchiveValidation::isOf()).
/// A refused archive fails the job with InvalidInput, naming the problem.
///
/// Killable: the check stops soon.
class ValidateArchiveJob final : public Job
{
    Q_OBJECT

public:
    ValidateArchiveJob(const QString &archive, ArchiveFormat format, QObject *parent = nullptr);
    ~ValidateArchiveJob() override;

    /// A check of the archive already made (the import dialog's).
    void setValidated(const ArchiveValidation &validation)
    {
        m_validated = validation;
    }

    /// What the archive holds, once it was accepted.
    const std::optional<ArchiveManifest> &manifest() const
    {
        return m_manifest;
    }
    /// With the manifest: the paths its file system part deletes.
    const QStringList &deletedPaths() const
    {
        return m_deletedPaths;
    }

protected:
    void run() override;

private:
    void validated(const ArchiveValidation &validation);

    QString m_archive;
    ArchiveFormat m_format;
    std::optional<ArchiveValidation> m_validated;
    std::optional<ArchiveManifest> m_manifest;
    QStringList m_deletedPaths;
    std::shared_ptr<ArchiveValidator> m_validator;
    QTimer m_progressTimer;
};

} // namespace Stasis
