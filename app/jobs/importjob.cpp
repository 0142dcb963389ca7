// SPDX-License-Identifier: GPL-2.0-or-later
#include "importjob.h"

#include "applyfilesystemjob.h"
#include "archiveformat.h"
#include "archiveimagesource.h"
#include "checkpointname.h"
#include "containerrecipe.h"
#include "createcontainerjob.h"
#include "engineclient.h"
#include "fillvolumejob.h"
#include "hostaccess.h"
#include "loadimagejob.h"
#include "stagearchivejob.h"
#include "validatearchivejob.h"

namespace Stasis
{

namespace
{
// Shares of the whole: checking reads the archive once, staging (the rest)
// reads it again and sends more (the tar is not compressed).
constexpr int validateShare = 35;
constexpr int imageShare = 15;
constexpr int createShare = 5;
/// For all the volumes carried, together.
constexpr int volumesShare = 10;
constexpr int fileSystemShare = 10;
} // namespace

ImportJob::ImportJob(EngineClient *client, const QString &archive, const QString &container, QObject *parent)
    : CompositeJob(parent)
    , m_target{client, container, {}}
    , m_archive(archive)
    , m_leftovers(client)
{
    // A cancelled upload still removes its staging folder and helpers, and a
    // container created for the import, then says so.
    setReportsAfterKill(true);
}

void ImportJob::run()
{
    const std::optional<ArchiveFormat> format = ArchiveFormats::fromFileName(m_archive);
    if (!format) {
        return emitFailure(InvalidInput, tr("%1 is not a checkpoint archive: its name must end in .tar.zst, .tar.gz, .tar.xz or .zip.").arg(m_archive));
    }
    Q_EMIT description(this, tr("Import"), {tr("Archive"), m_archive}, {tr("Container"), m_target.container});
    auto *validate = new ValidateArchiveJob(m_archive, *format);
    if (m_validated) {
        validate->setValidated(*m_validated);
    }
    runStep(validate, validateShare, [this, validate](Job &step) {
        if (step.error()) {
            adoptFailure(step);
            emitResult();
            return;
        }
        m_deletedPaths = validate->deletedPaths();
        validated(*validate->manifest());
    });
}

void ImportJob::validated(const ArchiveManifest &manifest)
{
    m_manifest = manifest;
    if (m_target.checkpoint.isEmpty()) {
        m_target.checkpoint = m_manifest.checkpoint.name;
    }
    if (const QString problem = CheckpointName::problem(m_target.checkpoint); !problem.isEmpty()) {
        return emitFailure(InvalidInput, tr("Cannot import as \"%1\": %2").arg(m_target.checkpoint, problem));
    }
    if (m_createContainer) {
        return createContainer();
    }
    applyFileSystem();
}

void ImportJob::loadImage(const ContainerRecipe &recipe)
{
    auto *load = new LoadImageJob(m_target.client,
                                  m_manifest.container.imageId,
                                  m_manifest.container.image,
                                  std::make_unique<ArchiveImageSource>(m_archive, *ArchiveFormats::fromFileName(m_archive), m_manifest));
    runStep(load, imageShare, [this, load, recipe](Job &step) {
        if (step.error()) {
            adoptFailure(step);
            emitResult();
            return;
        }
        if (!load->loadedImage().isEmpty()) {
            m_leftovers.addImage(load->loadedImage());
        }
        checkVolumes(recipe, recipe.namedVolumes());
    });
}

void ImportJob::createContainer()
{
    const auto recipe = ContainerRecipe::fromJson(m_manifest.container.configuration);
    if (!recipe) {
        return emitFailure(CreateFailed,
                           tr("Cannot create %1 from the archive: its container configuration is unusable (%2).").arg(m_target.container, recipe.error()));
    }
    // A creation refused for reaching the host fails before it needs the image: nothing is loaded for it.
    if (m_manifest.carriesImage() && (m_allowHostAccess || HostAccess::of(*recipe).isEmpty())) {
        return loadImage(*recipe);
    }
    checkVolumes(*recipe, recipe->namedVolumes());
}

void ImportJob::checkVolumes(const ContainerRecipe &recipe, QList<VolumeMount> volumes)
{
    if (volumes.isEmpty()) {
        return create(recipe);
    }
    const VolumeMount volume = volumes.takeFirst();
    if (const ArchiveManifest::Volume *carried = m_manifest.volume(volume.name)) {
        return fillVolume(recipe, volumes, *carried);
    }
    m_target.client->inspectVolume(volume.name).then(this, [this, recipe, volumes, volume](const EngineResult<VolumeDetails> &details) {
        if (isKilled()) {
            return;
        }
        if (!details && details.error().kind == EngineError::Kind::NotFound) {
            Q_EMIT warning(this,
                           tr("The container used the volume %1 (at %2), which this engine does not have and the archive does not carry: it "
                              "creates it empty. To bring its content, export with the volumes (stasisctl checkpoint export --with-volumes), or "
                              "copy it into the volume %1 here before you restore.")
                               .arg(volume.name, volume.target));
        }
        checkVolumes(recipe, volumes);
    });
}

void ImportJob::fillVolume(const ContainerRecipe &recipe, const QList<VolumeMount> &rest, const ArchiveManifest::Volume &volume)
{
    auto *fill =
        new FillVolumeJob(m_target.client, volume, FillVolumeJob::fromArchive(m_archive, *ArchiveFormats::fromFileName(m_archive), m_manifest, volume));
    fill->setReuseExisting(m_reuseVolumes);
    runStep(fill, std::max(1, volumesShare / int(m_manifest.volumes.size())), [this, fill, recipe, rest](Job &step) {
        if (!fill->createdVolume().isEmpty()) {
            m_leftovers.addVolume(fill->createdVolume());
        }
        if (step.error()) {
            return failAfterStep(step);
        }
        checkVolumes(recipe, rest);
    });
}

void ImportJob::create(const ContainerRecipe &recipe)
{
    Q_EMIT infoMessage(this, tr("Creating %1 from the configuration of %2…").arg(m_target.container, m_manifest.container.name));
    auto *create = new CreateContainerJob(m_target.client, recipe, m_target.container);
    create->setAllowHostAccess(m_allowHostAccess);
    runStep(create, createShare, [this, create](Job &step) {
        if (step.error()) {
            adoptFailure(step);
            if (step.error() != HostAccessRefused) {
                setErrorText(tr("Cannot create %1: %2").arg(m_target.container, step.engineError().toString()));
            }
            if (step.engineError().kind == EngineError::Kind::NotFound && !m_manifest.carriesImage()) {
                setErrorText(errorText() + QLatin1Char(' ') +
                             tr("The archive does not carry the image: export the checkpoint again with it (stasisctl checkpoint export "
                                "--with-image) to bring it along."));
            }
            undoFailed();
            return;
        }
        m_containerCreated = true;
        m_leftovers.addContainer(create->containerId(), m_target.container);
        applyFileSystem();
    });
}

bool ImportJob::appliesFileSystem() const
{
    return m_manifest.fileSystem && (m_containerCreated || m_applyFileSystem);
}

void ImportJob::applyFileSystem()
{
    if (!m_manifest.fileSystem) {
        if (m_containerCreated || m_applyFileSystem) {
            Q_EMIT warning(this,
                           tr("The archive carries no file system changes (it was made by an older Stasis, or without them): %1 has the image's "
                              "files only, and a process that had its own files open may not restore.")
                               .arg(m_target.container));
        }
        return stage();
    }
    if (!appliesFileSystem()) {
        Q_EMIT warning(this,
                       tr("The archive carries %n changed file system entries, which were not written into the existing container %1: import "
                          "into a new container, or apply the file system, to have them.",
                          nullptr,
                          int(m_manifest.fileSystem->entries + m_manifest.fileSystem->deletedPaths))
                           .arg(m_target.container));
        return stage();
    }
    const ArchiveFormat format = *ArchiveFormats::fromFileName(m_archive);
    runStep(new ApplyFileSystemJob(m_target, m_archive, format, m_manifest, m_deletedPaths), fileSystemShare, [this](Job &step) {
        if (step.error()) {
            return failAfterStep(step);
        }
        stage();
    });
}

void ImportJob::stage()
{
    const ArchiveFormat format = *ArchiveFormats::fromFileName(m_archive);
    runStep(new StageArchiveJob(m_target, m_archive, format, m_manifest), remainingShare(), [this](Job &step) {
        if (!step.error()) {
            emitResult();
            return;
        }
        failAfterStep(step);
    });
}

void ImportJob::failAfterStep(Job &step)
{
    adoptFailure(step);
    undoFailed();
}

void ImportJob::undoFailed()
{
    m_leftovers.removeAll(this, errorText(), [this](const QString &text) {
        if (isKilled()) {
            return;
        }
        setErrorText(text);
        emitResult();
    });
}

void ImportJob::afterKill(const std::function<void()> &done)
{
    m_leftovers.removeAfterCancel(
        this,
        [this](const QString &report) {
            Q_EMIT infoMessage(this, report);
        },
        done);
}

} // namespace Stasis
