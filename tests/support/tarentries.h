// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace Stasis::Test
{

/// One entry of a tar, from its raw header (no KArchive: the test checks
/// exactly what the engine wrote).
struct RawTarEntry {
    QByteArray name;
    char type = '0';
    int mode = 0;
    int uid = -1;
    int gid = -1;
    QByteArray data;
};

inline qint64 octal(const QByteArray &field)
{
    bool ok = false;
    const qint64 value = field.left(field.indexOf('\0') < 0 ? field.size() : field.indexOf('\0')).trimmed().toLongLong(&ok, 8);
    return ok ? value : -1;
}

/// The entries of a plain tar; pax headers are skipped (their names are
/// short enough here). Empty when the archive is cut short.
inline QList<RawTarEntry> tarEntries(const QByteArray &archive)
{
    QList<RawTarEntry> entries;
    qsizetype offset = 0;
    while (offset + 512 <= archive.size()) {
        const QByteArray header = archive.mid(offset, 512);
        if (header.count('\0') == 512) {
            return entries;
        }
        RawTarEntry entry;
        entry.name = header.left(100);
        entry.name.truncate(entry.name.indexOf('\0') < 0 ? 100 : entry.name.indexOf('\0'));
        const QByteArray prefix = header.mid(345, 155).left(header.mid(345, 155).indexOf('\0'));
        if (header.mid(257, 5) == "ustar" && !prefix.isEmpty()) {
            entry.name = prefix + '/' + entry.name;
        }
        entry.mode = int(octal(header.mid(100, 8)));
        entry.uid = int(octal(header.mid(108, 8)));
        entry.gid = int(octal(header.mid(116, 8)));
        const qint64 size = octal(header.mid(124, 12));
        entry.type = header.at(156) == '\0' ? '0' : header.at(156);
        if (size < 0 || offset + 512 + size > archive.size()) {
            return {};
        }
        entry.data = archive.mid(offset + 512, size);
        offset += 512 + (size + 511) / 512 * 512;
        if (entry.type != 'x' && entry.type != 'g') {
            entries.append(entry);
        }
    }
    return {};
}

} // namespace Stasis::Test
