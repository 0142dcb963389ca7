// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archivemanifest.h"
#include "archivevalidation.h"
#include "engineerror.h"

#include "job.h"

#include <QFuture>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Stasis
{

class ArchiveValidator;
class CheckpointStager;
class EngineClient;
class FreshTarDevice;

/// Imports a checkpoint archive into a container of the engine.
///
/// Nothing is written before the whole archive was validated (ArchiveValidator:
/// structure, names, limits, every file's size and SHA-256 against the
/// manifest). Then the engine receives a fresh root-owned tar of the validated
/// content only (a FreshTarDevice fed by a ValidatedArchiveSource, which
/// checks the hashes again while it reads, on a worker thread), staged beside the container's checkpoints and committed under
/// its final name in one rename (CheckpointStager). The target is an existing
/// container, or one created from the manifest's configuration (removed again
/// when the import fails).
class ImportJob final : public Job
{
    Q_OBJECT

public:
    /// Imports @p archive into @p container (name or id).
    ImportJob(EngineClient *client, const QString &archive, const QString &container, QObject *parent = nullptr);
    ~ImportJob() override;

    /// The checkpoint's name on the engine; the manifest's when not set.
    void setCheckpointName(const QString &name);
    /// Creates @p container from the manifest's configuration first.
    void setCreateContainer(bool create);
    /// A check of the archive already made (ImportDialog's): used instead of
    /// checking again when the file is unchanged since (ArchiveValidation::isOf()).
    void setValidated(const ArchiveValidation &validation);

    /// After validation: what the archive holds.
    const ArchiveManifest &manifest() const
    {
        return m_manifest;
    }
    /// The name the checkpoint got.
    QString checkpointName() const
    {
        return m_name;
    }
    const QString &container() const
    {
        return m_container;
    }

protected:
    void run() override;
    bool doKill() override;

private:
    void validate();
    void validated(const ArchiveValidation &validation);
    void createContainer();
    void upload();
    void uploaded(const EngineResult<void> &result);
    void fail(Error error, const QString &text);
    void removeCreatedContainer(const QString &text, Error error);

    EngineClient *m_client;
    QString m_archive;
    QString m_container;
    QString m_name;
    bool m_createContainer = false;
    bool m_createdContainer = false;
    bool m_creating = false;
    bool m_killed = false;
    ArchiveManifest m_manifest;
    qint64 m_archiveSize = 0;
    std::shared_ptr<ArchiveValidator> m_validator;
    QFuture<ArchiveValidation> m_validation;
    QTimer m_progressTimer;
    QPointer<CheckpointStager> m_stager;
    QPointer<FreshTarDevice> m_body;
    std::optional<ArchiveValidation> m_validated;
};

} // namespace Stasis
