// SPDX-License-Identifier: GPL-2.0-or-later
#include "filesystemtarwriter.h"

#include "ustarfields.h"

#include <cstring>
#include <limits>

namespace Stasis::FileSystemTarWriter
{

namespace
{

constexpr qsizetype blockSize = 512;
constexpr qsizetype nameWidth = 100;
constexpr qsizetype linkNameWidth = 100;
constexpr qint64 maxId = std::numeric_limits<qint32>::max();

bool isPlainAscii(const QByteArray &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](char c) {
        return c > 0 && c < 0x7f;
    });
}

/// What a reader that ignores pax headers sees in place of @p text:
/// every byte outside plain ASCII as '_', cut to @p width bytes.
QByteArray asciiStandIn(QByteArray text, qsizetype width)
{
    for (char &c : text) {
        if (c <= 0 || c >= 0x7f) {
            c = '_';
        }
    }
    return text.left(width);
}

char typeFlag(TarEntry::Type type)
{
    switch (type) {
    case TarEntry::Type::File:
        return '0';
    case TarEntry::Type::Directory:
        return '5';
    case TarEntry::Type::Symlink:
        return '2';
    case TarEntry::Type::HardLink:
        return '1';
    }
    return '0';
}

/// "<length> <key>=<value>\n", the length counting its own digits.
QByteArray paxRecord(QByteArrayView key, const QByteArray &value)
{
    const qsizetype bare = key.size() + value.size() + 3; // ' ', '=', '\n'
    qsizetype length = bare + QByteArray::number(bare).size();
    if (QByteArray::number(length).size() != QByteArray::number(bare).size()) {
        ++length;
    }
    return QByteArray::number(length) + ' ' + key.toByteArray() + '=' + value + '\n';
}

struct Block {
    QByteArrayView name;
    QByteArrayView prefix;
    char type;
    int mode;
    qint64 uid;
    qint64 gid;
    qint64 size;
    qint64 modified;
    QByteArrayView linkName;
};

QByteArray ustarBlock(const Block &b)
{
    QByteArray block(blockSize, '\0');
    char *header = block.data();
    std::memcpy(header, b.name.data(), b.name.size());
    UstarFields::putNumber(header + 100, 8, b.mode);
    if (!UstarFields::putNumber(header + 108, 8, b.uid) || !UstarFields::putNumber(header + 116, 8, b.gid) ||
        !UstarFields::putNumber(header + 124, 12, b.size) || !UstarFields::putNumber(header + 136, 12, b.modified)) {
        return {};
    }
    header[156] = b.type;
    std::memcpy(header + 157, b.linkName.data(), b.linkName.size());
    std::memcpy(header + 257, "ustar", 6); // magic with its NUL
    std::memcpy(header + 263, "00", 2); // version
    UstarFields::putNumber(header + 329, 8, 0); // devmajor
    UstarFields::putNumber(header + 337, 8, 0); // devminor
    std::memcpy(header + 345, b.prefix.data(), b.prefix.size());
    UstarFields::putChecksum(block);
    return block;
}

/// @p b's blocks under @p path, with a pax header before them where
/// ustar cannot hold @p path or @p link.
QByteArray blocks(const QByteArray &path, const QByteArray &link, Block b)
{
    std::optional<UstarFields::SplitName> split = isPlainAscii(path) ? UstarFields::split(path) : std::nullopt;
    QByteArray pax;
    if (!split) {
        pax += paxRecord("path", path);
        split = UstarFields::SplitName{{}, asciiStandIn(path, nameWidth)};
    }
    QByteArray linkName = link;
    if (!isPlainAscii(link) || link.size() > linkNameWidth) {
        pax += paxRecord("linkpath", link);
        linkName = asciiStandIn(link, linkNameWidth);
    }

    b.name = split->name;
    b.prefix = split->prefix;
    b.linkName = linkName;
    const QByteArray ustar = ustarBlock(b);
    if (ustar.isEmpty() || pax.isEmpty()) {
        return ustar;
    }
    const QByteArray withoutSlash = path.endsWith('/') ? path.chopped(1) : path;
    const QByteArray fileName = withoutSlash.mid(withoutSlash.lastIndexOf('/') + 1);
    const QByteArray paxName = asciiStandIn("PaxHeaders/" + fileName, nameWidth);
    const QByteArray paxHeader =
        ustarBlock({.name = paxName, .prefix = {}, .type = 'x', .mode = 0644, .uid = 0, .gid = 0, .size = pax.size(), .modified = 0, .linkName = {}});
    return paxHeader + pax + QByteArray(paddingSize(pax.size()), '\0') + ustar;
}

} // namespace

QByteArray header(const TarEntry &entry)
{
    const bool isLink = entry.type == TarEntry::Type::Symlink || entry.type == TarEntry::Type::HardLink;
    const QByteArray path = entry.path.toUtf8() + (entry.type == TarEntry::Type::Directory ? "/" : "");
    const QByteArray link = isLink ? entry.linkTarget.toUtf8() : QByteArray();
    if (entry.path.isEmpty() || (isLink && link.isEmpty()) || entry.size < 0 || entry.uid < 0 || entry.uid > maxId || entry.gid < 0 || entry.gid > maxId) {
        return {};
    }
    return blocks(path,
                  link,
                  {.name = {},
                   .prefix = {},
                   .type = typeFlag(entry.type),
                   .mode = entry.mode & 07777,
                   .uid = entry.uid,
                   .gid = entry.gid,
                   .size = entry.type == TarEntry::Type::File ? entry.size : 0,
                   .modified = entry.modified.isValid() ? entry.modified.toSecsSinceEpoch() : 0,
                   .linkName = {}});
}

QByteArray characterDeviceHeader(const QString &path)
{
    if (path.isEmpty()) {
        return {};
    }
    return blocks(path.toUtf8(), {}, {.name = {}, .prefix = {}, .type = '3', .mode = 0, .uid = 0, .gid = 0, .size = 0, .modified = 0, .linkName = {}});
}

qint64 paddingSize(qint64 size)
{
    return (blockSize - size % blockSize) % blockSize;
}

QByteArray endBlocks()
{
    return QByteArray(2 * blockSize, '\0');
}

} // namespace Stasis::FileSystemTarWriter
