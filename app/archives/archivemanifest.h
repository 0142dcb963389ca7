// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <expected>

namespace Stasis
{

/// One file of a checkpoint, as the manifest declares it.
struct ArchiveFileEntry {
    /// Relative to ArchiveManifest::folder, '/'-separated.
    QString path;
    qint64 size = 0;
    /// Permission bits only (0 to 07777).
    int mode = 0600;
    /// SHA-256 of the content, 64 lowercase hexadecimal characters.
    QByteArray sha256;

    bool operator==(const ArchiveFileEntry &) const = default;
};

/// `manifest.json`, the first entry of a checkpoint archive: what was
/// frozen, where, and the size and hash of every file under folder and
/// beside the manifest. The format is versioned; readers refuse versions
/// they do not know. Version 2 added the files beside the manifest, which
/// version 1's readers refuse as outside the folder.
struct ArchiveManifest {
    static constexpr int currentFormatVersion = 2;
    static constexpr QLatin1StringView fileName{"manifest.json"};
    /// The one folder of the archive that holds the checkpoint's files.
    static constexpr QLatin1StringView folder{"checkpoint"};

    struct Engine {
        QString version;
        QString apiVersion;
        QString os;
        QString kernelVersion;
        QString architecture;
        bool operator==(const Engine &) const = default;
    };
    struct Container {
        QString id;
        QString name;
        QString image;
        QString imageId;
        /// What recreating the container needs (ContainerRecipe's JSON).
        QJsonObject configuration;
        bool operator==(const Container &) const = default;
    };
    struct Checkpoint {
        QString name;
        QDateTime created;
        bool operator==(const Checkpoint &) const = default;
    };

    int formatVersion = currentFormatVersion;
    /// "Stasis 0.1.0".
    QString producer;
    Engine engine;
    Container container;
    Checkpoint checkpoint;
    QList<ArchiveFileEntry> files;
    /// The files beside `manifest.json`, for other tools (PeerDumps); path is the file's name.
    QList<ArchiveFileEntry> topLevelFiles;

    bool operator==(const ArchiveManifest &) const = default;

    qint64 totalSize() const;
    /// The size of the memory pages (`pages-*.img`).
    qint64 memoryPagesSize() const;
    /// The number of processes (`core-*.img`).
    int processCount() const;

    QByteArray toJson() const;
    /// The manifest, or what is wrong with @p json (a sentence for the user).
    static std::expected<ArchiveManifest, QString> fromJson(const QByteArray &json);

    Q_DECLARE_TR_FUNCTIONS(Stasis::ArchiveManifest)
};

} // namespace Stasis
