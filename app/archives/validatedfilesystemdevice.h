// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archiveformat.h"
#include "archivelimits.h"
#include "archivemanifest.h"
#include "produceddevice.h"

#include <memory>

namespace Stasis
{

class BackgroundWork;

/// The `rootfs-diff.tar` of an archive ArchiveValidator accepted, as the
/// body that applies it to a container (FileSystemApplier): re-read on a
/// BackgroundWork thread, checked again as strictly as the validator did
/// (TarStreamReader's FileSystem mode) and written afresh entry by entry by
/// FileSystemTarWriter, so no byte of the archive is handed on unchecked.
/// Its SHA-256 is compared with the manifest's at the end; an archive that
/// changed since it was checked fails the device, naming what differs.
class ValidatedFileSystemDevice final : public ProducedDevice
{
    Q_OBJECT

public:
    /// @p manifest must list ArchiveManifest::FileSystem::tarName beside itself.
    ValidatedFileSystemDevice(const QString &archiveFileName,
                              ArchiveFormat format,
                              const ArchiveManifest &manifest,
                              const ArchiveLimits &limits,
                              QObject *parent = nullptr);
    ~ValidatedFileSystemDevice() override;

private:
    class Producer;

    void startProducing() override;
    QString name() const override;

    const QString m_archiveFileName;
    const ArchiveFormat m_format;
    const ArchiveFileEntry m_tar;
    const ArchiveLimits m_limits;
    std::unique_ptr<BackgroundWork> m_work;
};

} // namespace Stasis
