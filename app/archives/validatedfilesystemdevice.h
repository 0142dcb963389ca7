// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "validatedarchivefiledevice.h"

#include <memory>

namespace Stasis
{

/// The `rootfs-diff.tar` of an archive ArchiveValidator accepted, as the
/// body that applies it to a container (FileSystemApplier): checked again
/// as strictly as the validator did (TarStreamReader's FileSystem mode) and
/// written afresh entry by entry by FileSystemTarWriter, so no byte of the
/// archive is handed on unchecked. The end blocks follow once the hash
/// matched.
class ValidatedFileSystemDevice final : public ValidatedArchiveFileDevice
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
    class Rewriter;

    bool take(QByteArrayView bytes) override;
    bool endOfFile() override;
    void release() override;
    QString name() const override;

    std::unique_ptr<Rewriter> m_rewriter;
};

} // namespace Stasis
