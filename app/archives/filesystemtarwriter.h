// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "tarstreamreader.h"

#include <QByteArray>

/// The one form in which Stasis writes a container's file system changes
/// (`rootfs-diff.tar`): files, folders, symbolic and hard links with their
/// owners, modes and times. TarStreamReader's FileSystem mode accepts only
/// headers byte for byte as written here, so what it validated is what a
/// fresh write would give.
///
/// Stateless, for streaming writers: header(), then a File's data, then
/// paddingSize() zeros; endBlocks() after the last entry.
namespace Stasis::FileSystemTarWriter
{

/// The header block(s) for @p entry: a pax extended header ('x', named
/// "PaxHeaders/<file name>", mode 0644, time 0, owner 0:0) with the records
/// "path" and/or "linkpath" in that order, only where ustar cannot hold the
/// text (a path not plain ASCII or not fitting the name and prefix fields
/// split at a '/'; a link target not plain ASCII or over 100 bytes), then
/// one ustar header: magic "ustar\0" "00", owner as numbers with empty user
/// and group names, zero device numbers, mode & 07777, time in whole
/// seconds, the size for a File only, the target for a link, a folder's
/// name ending in '/'. Empty when @p entry cannot be written: an empty path
/// or link target, a negative size, ids outside 0 to 2^31-1.
QByteArray header(const TarEntry &entry);
/// The header of a character device 0:0 named @p path (mode 0, owner 0:0,
/// time 0; a pax "path" record where header() would write one). Never part
/// of rootfs-diff.tar (TarStreamReader refuses devices): the engine's `PUT
/// …/archive` removes what lies at @p path before it creates the device,
/// which is how FileSystemApplier deletes a path. Empty for an empty @p path.
QByteArray characterDeviceHeader(const QString &path);
/// The zero bytes that complete an entry's data of @p size bytes to a block.
qint64 paddingSize(qint64 size);
/// The two zero blocks that end the archive.
QByteArray endBlocks();

} // namespace Stasis::FileSystemTarWriter
