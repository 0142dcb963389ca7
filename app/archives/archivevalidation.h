// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archivemanifest.h"
#include "filesystemtarsummary.h"

#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

namespace Stasis
{

/// What ArchiveValidator found: the verdict and what the archive holds.
struct ArchiveValidation {
    /// Empty when the archive is valid; otherwise a sentence for the user.
    QString problem;
    /// The entry the problem is about (may be empty for whole-archive problems).
    QString offendingEntry;
    bool cancelled = false;
    std::optional<ArchiveManifest> manifest;
    /// Every file, relative to ArchiveManifest::folder, with its size.
    QMap<QString, qint64> fileSizes;
    qint64 memoryPagesSize = 0;
    int processCount = 0;
    /// When the archive carries the file system (ArchiveManifest::fileSystem):
    /// the paths deleted from the image, and the largest files of its tar.
    QStringList deletedPaths;
    QList<FileSystemTarSummary::LargeFile> largestFileSystemFiles;
    /// The file checked, as it was when checking began.
    QString fileName;
    qint64 fileSize = -1;
    QDateTime fileModified;

    bool ok() const
    {
        return problem.isEmpty() && !cancelled;
    }
    /// True when @p file is the file checked and has not changed since (same path, size and modification time).
    bool isOf(const QString &file) const;
};

} // namespace Stasis
