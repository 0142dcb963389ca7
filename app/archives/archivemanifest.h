// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QAnyStringView>
#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <expected>
#include <optional>

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
/// they do not know. Version 2 added the files beside the manifest (which
/// version 1's readers refuse as outside the folder): the PeerDumps, the
/// container's file system changes, its image and its named volumes.
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
    /// The container's file system changes, beside the manifest as
    /// `rootfs-diff.tar` (FileSystemTarWriter's form) and `deleted.files`
    /// (DeletedPaths).
    struct FileSystem {
        static constexpr QLatin1StringView tarName{"rootfs-diff.tar"};
        /// The tar's entries, the bytes of its files, the deleted paths.
        qint64 entries = 0;
        qint64 contentSize = 0;
        qint64 deletedPaths = 0;
        /// True when the container ran while its file system was read:
        /// files it changed after the checkpoint travel as they were then.
        bool capturedWhileRunning = false;
        bool operator==(const FileSystem &) const = default;
    };

    /// A named volume of the container, beside the manifest as
    /// `volumes/<name>.tar` (FileSystemTarWriter's form, every entry under
    /// the folder tarRoot, the volume's own root first); optional.
    struct Volume {
        static constexpr QLatin1StringView tarRoot{"volume"};
        /// An engine's volume name (isVolumeName()).
        QString name;
        /// The driver it had, e.g. "local".
        QString driver;
        /// Where the container mounted it (absolute).
        QString destination;
        /// The tar's entries (its root among them) and the bytes of its files.
        qint64 entries = 0;
        qint64 contentSize = 0;

        /// The name of its tar beside the manifest.
        QString tarName() const
        {
            return tarNameOf(name);
        }
        static QString tarNameOf(const QString &volume);
        /// The volume whose tar @p name is (`volumes/<volume>.tar`, the volume's name valid); none for another name.
        static std::optional<QString> ofTarName(const QString &name);
        /// The engine's rule for volume names: a letter or digit, then letters, digits, '_', '.' or '-'.
        static bool isVolumeName(const QString &name);
        bool operator==(const Volume &) const = default;
    };

    /// The container's image beside the manifest, as the engine saves an
    /// image by id (`GET /images/{id}/get`); optional.
    static constexpr QLatin1StringView imageTarName{"image.tar"};

    int formatVersion = currentFormatVersion;
    /// "Stasis 0.1.0".
    QString producer;
    Engine engine;
    Container container;
    Checkpoint checkpoint;
    QList<ArchiveFileEntry> files;
    /// The files beside `manifest.json` (see mayLieBeside()); path is the file's name.
    QList<ArchiveFileEntry> topLevelFiles;
    /// Absent in archives without the file system (format 1, and exports
    /// that left it out).
    std::optional<FileSystem> fileSystem;
    /// The named volumes carried, each with its tar beside the manifest.
    QList<Volume> volumes;

    bool operator==(const ArchiveManifest &) const = default;

    qint64 totalSize() const;
    /// The size of the memory pages (`pages-*.img`).
    qint64 memoryPagesSize() const;
    /// The number of processes (`core-*.img`).
    int processCount() const;
    /// The entry of topLevelFiles named @p name; null when there is none.
    const ArchiveFileEntry *topLevelFile(QAnyStringView name) const;

    /// True when the archive carries the container's image (imageTarName).
    bool carriesImage() const
    {
        return topLevelFile(imageTarName) != nullptr;
    }

    /// The carried volume named @p name; null when there is none.
    const Volume *volume(const QString &name) const;

    /// True for the names a file beside the manifest may have: the
    /// PeerDumps, the FileSystem's two files, the image and the volumes' tars.
    static bool mayLieBeside(const QString &name);

    QByteArray toJson() const;
    /// The manifest, or what is wrong with @p json (a sentence for the user).
    static std::expected<ArchiveManifest, QString> fromJson(const QByteArray &json);

    Q_DECLARE_TR_FUNCTIONS(Stasis::ArchiveManifest)
};

} // namespace Stasis
