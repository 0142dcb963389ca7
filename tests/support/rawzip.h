// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include <zlib.h>

namespace Stasis::Test
{

/// Builds zip archives byte by byte, including what KZip would never write:
/// central and local names that differ, symbolic links, encryption flags,
/// zip64 markers.
class RawZip
{
public:
    struct Item {
        QByteArray name;
        QByteArray data = {};
        QByteArray centralName = {}; // empty: the same as name
        quint32 unixMode = 0100600;
        bool deflate = true;
        quint16 flags = 0;
        bool zip64Marker = false;
        qint64 declaredSize = -1; // -1: the data's size
    };

    static QByteArray deflated(const QByteArray &data)
    {
        z_stream stream{};
        deflateInit2(&stream, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
        QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), '\0');
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
        stream.avail_in = uInt(data.size());
        stream.next_out = reinterpret_cast<Bytef *>(out.data());
        stream.avail_out = uInt(out.size());
        deflate(&stream, Z_FINISH);
        out.resize(qsizetype(stream.total_out));
        deflateEnd(&stream);
        return out;
    }

    /// A zip of @p items whose end record carries @p comment.
    static QByteArray build(const QList<Item> &items, const QByteArray &comment = {})
    {
        QByteArray local;
        QByteArray central;
        for (const Item &item : items) {
            const QByteArray stored = item.deflate ? deflated(item.data) : item.data;
            const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(item.data.constData()), uInt(item.data.size())));
            const quint32 size = item.zip64Marker ? 0xffffffff : quint32(item.declaredSize >= 0 ? item.declaredSize : item.data.size());
            const quint32 compressed = item.zip64Marker ? 0xffffffff : quint32(stored.size());
            const quint32 offset = quint32(local.size());
            const quint16 method = item.deflate ? 8 : 0;
            local += le32(0x04034b50) + le16(20) + le16(item.flags) + le16(method) + le16(0) + le16(0x5a21) + le32(crc) + le32(compressed) + le32(size) +
                le16(quint16(item.name.size())) + le16(0) + item.name + stored;
            const QByteArray centralName = item.centralName.isEmpty() ? item.name : item.centralName;
            central += le32(0x02014b50) + le16(0x031e) + le16(20) + le16(item.flags) + le16(method) + le16(0) + le16(0x5a21) + le32(crc) + le32(compressed) +
                le32(size) + le16(quint16(centralName.size())) + le16(0) + le16(0) + le16(0) + le16(0) + le32(item.unixMode << 16) + le32(offset) + centralName;
        }
        const QByteArray end = le32(0x06054b50) + le16(0) + le16(0) + le16(quint16(items.size())) + le16(quint16(items.size())) +
            le32(quint32(central.size())) + le32(quint32(local.size())) + le16(quint16(comment.size()));
        return local + central + end + comment;
    }

private:
    static QByteArray le16(quint16 value)
    {
        const char bytes[2] = {char(value & 0xff), char(value >> 8)};
        return QByteArray(bytes, 2);
    }
    static QByteArray le32(quint32 value)
    {
        return le16(quint16(value & 0xffff)) + le16(quint16(value >> 16));
    }
};

} // namespace Stasis::Test
