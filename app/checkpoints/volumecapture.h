// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archivemanifest.h"
#include "enginetypes.h"
#include "filetreecapture.h"

namespace Stasis
{

class EngineClient;

/// A named volume of a container as an export carries it beside its
/// manifest (ArchiveManifest::Volume): read through the container itself
/// (`GET /containers/{id}/archive` of its mount point, which the engine
/// serves from the volume), written in FileSystemTarWriter's form with the
/// volume's root as the folder ArchiveManifest::Volume::tarRoot, owners,
/// modes, times and links kept. Mounts inside the volume are left out.
class VolumeCapture final : public FileTreeCapture
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeCapture)

public:
    /// @p volume: one of @p container's mounts, of type "volume".
    VolumeCapture(EngineClient *client,
                  const ContainerDetails &container,
                  const MountPoint &volume,
                  const QString &folder,
                  BackgroundWork *work,
                  QObject *parent = nullptr);
    ~VolumeCapture() override;

    /// Adds the volume to ArchiveManifest::volumes.
    void describe(ArchiveManifest &manifest) const override;

private:
    void read() override;
    void streamed(qint64 entries, qint64 contentSize) override;
    QString uncarriable(const QString &problem) const override;

    EngineClient *m_client;
    ContainerDetails m_container;
    ArchiveManifest::Volume m_volume;
};

} // namespace Stasis
