// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archiveformat.h"
#include "archivemanifest.h"
#include "peakmemory.h"
#include "rawtar.h"
#include "rawzip.h"
#include "sha256.h"

#include <KCompressionDevice>

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <functional>

// A small well-formed checkpoint archive (manifest.json, checkpoint/,
// pages-1.img and core-1.img) as raw tar and zip bytes, for tests to make
// hostile variants of; and the peak RSS of the test process.

namespace Stasis::Test
{

/// Deterministic bytes that do not compress.
inline QByteArray pattern(qsizetype size, int seed = 0)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 x = 2463534242u + quint32(seed);
    for (qsizetype i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        data[i] = char(x & 0xff);
    }
    return data;
}

inline const QByteArray pages = pattern(20000);
inline const QByteArray core = "core image";

/// A manifest of checkpoint "cp1" of "counter" listing @p files (path, content).
inline ArchiveManifest manifestFor(const QList<std::pair<QString, QByteArray>> &files)
{
    ArchiveManifest manifest;
    manifest.producer = QStringLiteral("Stasis test");
    manifest.engine = {QStringLiteral("26.1.5"), QStringLiteral("1.45"), QStringLiteral("linux"), QStringLiteral("6.1.0"), QStringLiteral("amd64")};
    manifest.container = {QStringLiteral("abc"), QStringLiteral("counter"), QStringLiteral("busybox:latest"), QStringLiteral("sha256:1"), QJsonObject()};
    manifest.checkpoint = {QStringLiteral("cp1"), QDateTime(QDate(2026, 11, 27), QTime(10, 0), QTimeZone::UTC)};
    for (const auto &[path, data] : files) {
        manifest.files.append({path, data.size(), 0600, Sha256::hex(data)});
    }
    return manifest;
}

inline const QList<std::pair<QString, QByteArray>> goodFiles{{QStringLiteral("pages-1.img"), pages}, {QStringLiteral("core-1.img"), core}};

inline QByteArray goodManifest()
{
    return manifestFor(goodFiles).toJson();
}

inline QByteArray editedManifest(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject object = QJsonDocument::fromJson(goodManifest()).object();
    edit(object);
    return QJsonDocument(object).toJson();
}

inline RawTar tarStart(const QByteArray &manifest = goodManifest())
{
    RawTar tar;
    tar.file("manifest.json", manifest).directory("checkpoint/");
    return tar;
}

inline RawTar goodTar(const QByteArray &manifest = goodManifest())
{
    return tarStart(manifest).file("checkpoint/pages-1.img", pages).file("checkpoint/core-1.img", core);
}

inline QList<RawZip::Item> zipStart(const QByteArray &manifest = goodManifest())
{
    return {{.name = "manifest.json", .data = manifest}, {.name = "checkpoint/", .unixMode = 040700, .deflate = false}};
}

inline QList<RawZip::Item> goodZipItems(const QByteArray &manifest = goodManifest())
{
    return zipStart(manifest) + QList<RawZip::Item>{{.name = "checkpoint/pages-1.img", .data = pages}, {.name = "checkpoint/core-1.img", .data = core}};
}

/// @p tar compressed as the tar format @p format says.
inline QByteArray compressed(const QByteArray &tar, ArchiveFormat format)
{
    QBuffer buffer;
    KCompressionDevice device(&buffer, false, ArchiveFormats::compression(format));
    if (!device.open(QIODevice::WriteOnly) || device.write(tar) != tar.size()) {
        return {};
    }
    device.close();
    return buffer.data();
}

/// A manifest listing the good files and @p extra (path, content).
inline QByteArray manifestWith(const QList<std::pair<QString, QByteArray>> &extra)
{
    return manifestFor(goodFiles + extra).toJson();
}

/// Writes a tar.zst into @p fileName: @p start (plain tar entries), then
/// the entry @p name of @p size zeros and the end blocks. Gigabytes of zeros
/// make a file of a few hundred KiB.
inline bool writeZerosEntry(const QString &fileName, const QByteArray &start, const QByteArray &name, qint64 size)
{
    KCompressionDevice device(fileName, KCompressionDevice::Zstd);
    if (!device.open(QIODevice::WriteOnly) || device.write(start + RawTar::header({.name = name}, size)) < 0) {
        return false;
    }
    const QByteArray zeros(1 << 20, '\0');
    for (qint64 written = 0; written < size; written += zeros.size()) {
        if (device.write(zeros.first(std::min<qint64>(zeros.size(), size - written))) < 0) {
            return false;
        }
    }
    const qint64 padding = (512 - size % 512) % 512;
    if (device.write(QByteArray(padding + 1024, '\0')) < 0) {
        return false;
    }
    device.close();
    return device.error() == QFileDevice::NoError;
}

/// Writes @p bytes (a plain tar, or a whole zip) into @p fileName, compressed as @p format says.
inline bool writeArchive(const QString &fileName, ArchiveFormat format, const QByteArray &bytes)
{
    if (format == ArchiveFormat::Zip) {
        QFile file(fileName);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }
    KCompressionDevice device(fileName, ArchiveFormats::compression(format));
    if (!device.open(QIODevice::WriteOnly) || device.write(bytes) != bytes.size()) {
        return false;
    }
    device.close();
    return true;
}

} // namespace Stasis::Test
