// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "validatedarchivefiledevice.h"

#include <memory>

namespace Stasis
{

/// The `rootfs-diff.tar` or a volume's tar of an archive ArchiveValidator
/// accepted, as the body that writes it into a container
/// (FileSystemApplier) or a volume (FillVolumeJob): checked again
/// as strictly as the validator did (TarStreamReader's FileSystem mode) and
/// written afresh entry by entry by FileSystemTarWriter, so no byte of the
/// archive is handed on unchecked. The end blocks follow once the hash
/// matched.
class ValidatedFileSystemDevice final : public ValidatedArchiveFileDevice
{
    Q_OBJECT

public:
    /// @p tar: the manifest's entry of the tar beside it.
    ValidatedFileSystemDevice(const QString &archiveFileName,
                              ArchiveFormat format,
                              const ArchiveFileEntry &tar,
                              const ArchiveLimits &limits,
                              QObject *parent = nullptr);
    ~ValidatedFileSystemDevice() override;

private:
    class Rewriter;

    bool take(QByteArrayView bytes) override;
    bool endOfFile() override;
    void release() override;
    QString name() const override;

    const QString m_tarName;
    std::unique_ptr<Rewriter> m_rewriter;
};

} // namespace Stasis
