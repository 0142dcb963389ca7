// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archivelimits.h"
#include "archivemanifest.h"

#include <QCoreApplication>

#include <expected>

namespace Stasis
{

/// What `stasis-stage list` printed of a checkpoint folder on an engine —
/// "SIZE PATH" lines — read as untrusted input: every path a valid relative
/// archive name (ArchivePath), once, sizes plain non-negative numbers, no
/// more entries than the limits allow. A copy builds its fresh tar from it
/// without a first pass over the files' contents (CheckpointCopy).
namespace CheckpointListing
{
std::expected<QList<ArchiveFileEntry>, QString> parse(const QByteArray &output, const ArchiveLimits &limits);
} // namespace CheckpointListing

} // namespace Stasis
