// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>

#include <optional>

/// The field encodings of a ustar header block that UstarWriter and
/// FileSystemTarWriter share.
namespace Stasis::UstarFields
{

/// A long name split at a '/' into ustar's prefix and name fields.
struct SplitName {
    QByteArray prefix;
    QByteArray name;
};

/// @p name as it is if it fits the name field (100 bytes), else split at the
/// last '/' that leaves at most 155 bytes before it and 100 after it (a
/// folder's own trailing '/' stays in the name); nothing when it cannot fit.
std::optional<SplitName> split(const QByteArray &name);

/// Writes @p value into the numeric field of @p width bytes at @p field: as
/// zero-padded octal digits and a NUL when it fits them, else in GNU's
/// base-256 form (two's complement, high bit set), which GNU tar and Go's
/// archive/tar read. False when not even base-256 holds it.
bool putNumber(char *field, qsizetype width, qint64 value);

/// Fills in the checksum of a 512-byte @p block (its field read as spaces
/// while summing; six octal digits, NUL, space).
void putChecksum(QByteArray &block);

} // namespace Stasis::UstarFields
