// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archivemanifest.h"
#include "archivevalidation.h"
#include "compositejob.h"
#include "containerrecipe.h"
#include "engineleftovers.h"
#include "jobtarget.h"

#include <optional>

namespace Stasis
{

/// Imports a checkpoint archive into a container of the engine. Steps:
/// check the whole archive before anything is written (ValidateArchiveJob);
/// optionally create the container from the manifest's configuration
/// (CreateContainerJob), after loading the image the archive carries when
/// the engine lacks it (LoadImageJob) and creating and filling the volumes
/// it carries (FillVolumeJob); write the archive's file system changes into a
/// created container, or into an existing one when asked
/// (ApplyFileSystemJob); send a fresh tar of the validated content only,
/// committed under the checkpoint's final name in one rename
/// (StageArchiveJob). A container, volumes created and an image loaded for
/// the import are removed again when the import fails or is cancelled.
///
/// Killable at every step; it reports after a kill what it left.
class ImportJob final : public CompositeJob
{
    Q_OBJECT

public:
    /// Imports @p archive into @p container (name or id).
    ImportJob(EngineClient *client, const QString &archive, const QString &container, QObject *parent = nullptr);

    /// The checkpoint's name on the engine; the manifest's when not set.
    void setCheckpointName(const QString &name)
    {
        m_target.checkpoint = name;
    }
    /// Creates the container from the manifest's configuration first.
    void setCreateContainer(bool create)
    {
        m_createContainer = create;
    }
    /// Writes the archive's file system changes into an existing container
    /// too (a created one always gets them).
    void setApplyFileSystem(bool apply)
    {
        m_applyFileSystem = apply;
    }
    /// Uses a volume the archive carries as it is when the engine has one of
    /// that name, instead of refusing to import.
    void setReuseVolumes(bool reuse)
    {
        m_reuseVolumes = reuse;
    }
    /// Creates that container even when its configuration reaches the host (HostAccess).
    void setAllowHostAccess(bool allow)
    {
        m_allowHostAccess = allow;
    }
    /// A check of the archive already made (ImportDialog's): used instead of
    /// checking again when the file is unchanged since (ArchiveValidation::isOf()).
    void setValidated(const ArchiveValidation &validation)
    {
        m_validated = validation;
    }

    /// After validation: what the archive holds.
    const ArchiveManifest &manifest() const
    {
        return m_manifest;
    }
    /// The name the checkpoint got.
    QString checkpointName() const
    {
        return m_target.checkpoint;
    }
    const QString &container() const
    {
        return m_target.container;
    }

protected:
    void run() override;
    void afterKill(const std::function<void()> &done) override;

private:
    void validated(const ArchiveManifest &manifest);
    void loadImage(const ContainerRecipe &recipe);
    void createContainer();
    /// Creates and fills each of @p volumes the archive carries
    /// (FillVolumeJob), warns of each other one the engine lacks, then
    /// creates the container.
    void checkVolumes(const ContainerRecipe &recipe, QList<VolumeMount> volumes);
    void fillVolume(const ContainerRecipe &recipe, const QList<VolumeMount> &rest, const ArchiveManifest::Volume &volume);
    void create(const ContainerRecipe &recipe);
    /// True when the archive's file system goes into the target (ApplyFileSystemJob).
    bool appliesFileSystem() const;
    void applyFileSystem();
    void stage();
    /// The result after a failed step: what was created for the import is removed again (undoFailed()).
    void failAfterStep(Job &step);
    /// Removes a container created, volumes created and an image loaded for
    /// the failed import, adding to its error text what it did, then emits the result.
    void undoFailed();

    JobTarget m_target;
    QString m_archive;
    bool m_createContainer = false;
    bool m_allowHostAccess = false;
    bool m_applyFileSystem = false;
    bool m_reuseVolumes = false;
    QStringList m_deletedPaths;
    /// The import created the container.
    bool m_containerCreated = false;
    EngineLeftovers m_leftovers;
    std::optional<ArchiveValidation> m_validated;
    ArchiveManifest m_manifest;
};

} // namespace Stasis
