// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archiveformat.h"
#include "archivemanifest.h"
#include "job.h"
#include "jobtarget.h"

#include <QPointer>

namespace Stasis
{

class FileSystemApplier;
class ValidatedFileSystemDevice;

/// Applies the file system changes of an archive ArchiveValidator accepted
/// to a container (FileSystemApplier): the deleted paths, then
/// `rootfs-diff.tar` re-read and checked again as it streams
/// (ValidatedFileSystemDevice). Progress in bytes of the tar sent.
/// Killable; what was applied before the kill stays.
class ApplyFileSystemJob final : public Job
{
    Q_OBJECT

public:
    /// @p manifest has a fileSystem; @p deletedPaths are the validation's.
    ApplyFileSystemJob(const JobTarget &target,
                       const QString &archive,
                       ArchiveFormat format,
                       const ArchiveManifest &manifest,
                       const QStringList &deletedPaths,
                       QObject *parent = nullptr);

protected:
    void run() override;
    bool doKill() override;

private:
    void applied(bool ok);

    JobTarget m_target;
    QString m_archive;
    ArchiveFormat m_format;
    ArchiveManifest m_manifest;
    QStringList m_deletedPaths;
    QPointer<FileSystemApplier> m_applier;
    QPointer<ValidatedFileSystemDevice> m_body;
};

} // namespace Stasis
