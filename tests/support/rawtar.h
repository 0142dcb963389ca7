// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>

#include <cstring>

namespace Stasis::Test
{

/// Builds tar streams byte by byte, including entries no well-behaved writer
/// (KTar, UstarWriter) would produce: links, devices, pax and GNU headers,
/// names with NUL or invalid UTF-8, lying sizes.
class RawTar
{
public:
    struct Header {
        QByteArray name = {};
        char type = '0';
        qint64 size = -1; // -1: the data's size
        QByteArray linkName = {};
        QByteArray prefix = {};
        int mode = 0600;
        bool gnuMagic = false;
        bool v7 = false; // no magic at all
        bool base256Size = false;
        bool badChecksum = false;
    };

    static QByteArray header(const Header &h, qint64 dataSize)
    {
        QByteArray block(512, '\0');
        char *p = block.data();
        std::memcpy(p, h.name.constData(), std::min<qsizetype>(h.name.size(), 100));
        putOctal(p + 100, 8, h.mode);
        putOctal(p + 108, 8, 0);
        putOctal(p + 116, 8, 0);
        const qint64 size = h.size >= 0 ? h.size : dataSize;
        if (h.base256Size) {
            p[124] = char(0x80);
            for (int i = 0; i < 8; ++i) {
                p[124 + 11 - i] = char((quint64(size) >> (8 * i)) & 0xff);
            }
        } else {
            putOctal(p + 124, 12, size);
        }
        putOctal(p + 136, 12, 1700000000);
        p[156] = h.type;
        std::memcpy(p + 157, h.linkName.constData(), std::min<qsizetype>(h.linkName.size(), 100));
        if (h.v7) {
            // Pre-POSIX tar: no magic at all.
        } else if (h.gnuMagic) {
            std::memcpy(p + 257, "ustar  ", 8);
        } else {
            std::memcpy(p + 257, "ustar", 6);
            std::memcpy(p + 263, "00", 2);
        }
        std::memcpy(p + 345, h.prefix.constData(), std::min<qsizetype>(h.prefix.size(), 155));
        std::memset(p + 148, ' ', 8);
        unsigned int sum = 0;
        for (const char c : block) {
            sum += static_cast<unsigned char>(c);
        }
        if (h.badChecksum) {
            ++sum;
        }
        const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0');
        std::memcpy(p + 148, checksum.constData(), 6);
        p[154] = '\0';
        return block;
    }

    RawTar &entry(const Header &h, const QByteArray &data = {})
    {
        m_bytes += header(h, data.size());
        m_bytes += data;
        pad();
        return *this;
    }
    RawTar &file(const QByteArray &name, const QByteArray &data)
    {
        return entry({.name = name}, data);
    }
    RawTar &directory(const QByteArray &name)
    {
        return entry({.name = name, .type = '5', .mode = 0700});
    }
    /// A pax extended header ('x') with the given records ("path=...").
    RawTar &pax(const QList<QByteArray> &records, char type = 'x')
    {
        QByteArray data;
        for (const QByteArray &record : records) {
            // "<length> <key>=<value>\n", the length counting itself.
            const qsizetype bare = record.size() + 2;
            qsizetype length = bare + QByteArray::number(bare).size();
            if (QByteArray::number(length).size() != QByteArray::number(bare).size()) {
                ++length;
            }
            data += QByteArray::number(length) + ' ' + record + '\n';
        }
        return entry({.name = "./PaxHeaders/x", .type = type}, data);
    }
    RawTar &raw(const QByteArray &bytes)
    {
        m_bytes += bytes;
        return *this;
    }
    QByteArray finish(bool endBlocks = true) const
    {
        QByteArray result = m_bytes;
        if (endBlocks) {
            result += QByteArray(1024, '\0');
        }
        return result;
    }

private:
    static void putOctal(char *field, qsizetype width, qint64 value)
    {
        const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
        std::memcpy(field, digits.constData(), width - 1);
        field[width - 1] = '\0';
    }
    void pad()
    {
        if (const qsizetype rest = m_bytes.size() % 512) {
            m_bytes.append(512 - rest, '\0');
        }
    }

    QByteArray m_bytes;
};

} // namespace Stasis::Test
