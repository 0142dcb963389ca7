// SPDX-License-Identifier: GPL-2.0-or-later
#include "volumecapture.h"

#include "filesystemchangeplan.h"

namespace Stasis
{

VolumeCapture::VolumeCapture(EngineClient *client,
                             const ContainerDetails &container,
                             const MountPoint &volume,
                             const QString &folder,
                             BackgroundWork *work,
                             QObject *parent)
    : FileTreeCapture(tr("the volume %1").arg(volume.name), ArchiveManifest::Volume::tarNameOf(volume.name), folder, work, parent)
    , m_client(client)
    , m_container(container)
    , m_volume{volume.name, volume.driver, volume.destination}
{
}

VolumeCapture::~VolumeCapture()
{
    abort();
}

void VolumeCapture::describe(ArchiveManifest &manifest) const
{
    manifest.volumes.append(m_volume);
}

void VolumeCapture::read()
{
    stream(m_client,
           m_container.id,
           FileSystemChangePlan::ofMount(m_volume.destination, QString(ArchiveManifest::Volume::tarRoot), FileSystemChangePlan::mountPointsOf(m_container)));
}

void VolumeCapture::streamed(qint64 entries, qint64 contentSize)
{
    m_volume.entries = entries;
    m_volume.contentSize = contentSize;
}

QString VolumeCapture::uncarriable(const QString &problem) const
{
    return tr("The volume %1 holds what Stasis cannot carry: %2 Remove it from the volume, or export without the volumes.").arg(m_volume.name, problem);
}

} // namespace Stasis
