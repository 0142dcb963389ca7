// SPDX-License-Identifier: GPL-2.0-or-later
#include "archivemanifest.h"
#include "archiveformat.h"
#include "sha256.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Stasis;

class ArchiveManifestTest : public QObject
{
    Q_OBJECT

private:
    static ArchiveManifest sample()
    {
        ArchiveManifest manifest;
        manifest.producer = QStringLiteral("Stasis 0.1.0");
        manifest.engine = {QStringLiteral("26.1.5"), QStringLiteral("1.45"), QStringLiteral("linux"), QStringLiteral("6.1.0"), QStringLiteral("amd64")};
        manifest.container = {QStringLiteral("abc"),
                              QStringLiteral("cr"),
                              QStringLiteral("busybox:latest"),
                              QStringLiteral("sha256:1234"),
                              QJsonObject{{QStringLiteral("Cmd"), QStringLiteral("sh")}}};
        manifest.checkpoint = {QStringLiteral("first"), QDateTime(QDate(2026, 11, 27), QTime(10, 42, 1, 250), QTimeZone::UTC)};
        manifest.files = {
            {QStringLiteral("pages-1.img"), 4096 * 3, 0600, Sha256::hex("a")},
            {QStringLiteral("pages-2.img"), 100, 0600, Sha256::hex("b")},
            {QStringLiteral("core-1.img"), 10, 0600, Sha256::hex("c")},
            {QStringLiteral("core-12.img"), 10, 0644, Sha256::hex("d")},
            {QStringLiteral("inventory.img"), 0, 0600, Sha256::hex("")},
        };
        manifest.topLevelFiles = {
            {QStringLiteral("config.dump"), 2, 0600, Sha256::hex("{}")},
            {QStringLiteral("spec.dump"), 2, 0600, Sha256::hex("[]")},
            {QStringLiteral("volumes/db-data.tar"), 1536, 0600, Sha256::hex("v")},
        };
        manifest.volumes = {{QStringLiteral("db-data"), QStringLiteral("local"), QStringLiteral("/var/lib/db"), 2, 3}};
        return manifest;
    }

    static QByteArray edited(const std::function<void(QJsonObject &)> &edit)
    {
        QJsonObject object = QJsonDocument::fromJson(sample().toJson()).object();
        edit(object);
        return QJsonDocument(object).toJson();
    }

private Q_SLOTS:
    void sha256KnownVectors()
    {
        QCOMPARE(Sha256::hex(""), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        Sha256 hash;
        hash.addData("ab");
        hash.addData("c");
        QCOMPARE(hash.hexResult(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(hash.hexResult(), Sha256::hex(""));
        QVERIFY(Sha256::isHexDigest(Sha256::hex("x")));
        QVERIFY(!Sha256::isHexDigest(Sha256::hex("x").toUpper()));
        QVERIFY(!Sha256::isHexDigest("abc"));
    }

    void roundTrip()
    {
        const ArchiveManifest manifest = sample();
        const auto parsed = ArchiveManifest::fromJson(manifest.toJson());
        QVERIFY2(parsed.has_value(), parsed ? "" : qPrintable(parsed.error()));
        QCOMPARE(*parsed, manifest);
        QCOMPARE(parsed->totalSize(), 4096 * 3 + 100 + 10 + 10);
        QCOMPARE(parsed->memoryPagesSize(), 4096 * 3 + 100);
        QCOMPARE(parsed->processCount(), 2);
        QCOMPARE(parsed->formatVersion, 2);
        QCOMPARE(parsed->volume(QStringLiteral("db-data"))->tarName(), QStringLiteral("volumes/db-data.tar"));
        QVERIFY(ArchiveManifest::mayLieBeside(QStringLiteral("volumes/db-data.tar")));
        QVERIFY(!ArchiveManifest::mayLieBeside(QStringLiteral("volumes/../x.tar")));
        QVERIFY(!ArchiveManifest::mayLieBeside(QStringLiteral("volumes/db-data.tgz")));
    }

    void readsFormatOne()
    {
        // The previous release's manifests: version 1, no files beside the manifest.
        const auto parsed = ArchiveManifest::fromJson(edited([](QJsonObject &o) {
            o[QStringLiteral("formatVersion")] = 1;
            o.remove(QStringLiteral("topLevelFiles"));
        }));
        QVERIFY2(parsed.has_value(), parsed ? "" : qPrintable(parsed.error()));
        QCOMPARE(parsed->formatVersion, 1);
        QCOMPARE(parsed->files, sample().files);
        QCOMPARE(parsed->topLevelFiles, QList<ArchiveFileEntry>());
    }

    void refusesMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");

        QTest::newRow("not JSON") << QByteArray("manifest, really") << QStringLiteral("not a JSON object");
        QTest::newRow("an array") << QByteArray("[1, 2]") << QStringLiteral("not a JSON object");
        QTest::newRow("newer version") << edited([](QJsonObject &o) {
            o[QStringLiteral("formatVersion")] = 3;
        }) << QStringLiteral("format version 3, this Stasis reads version 2 at most");
        QTest::newRow("version as text") << edited([](QJsonObject &o) {
            o[QStringLiteral("formatVersion")] = QStringLiteral("1");
        }) << QStringLiteral("formatVersion must be a whole number from 1 to 1000000, not a string");
        QTest::newRow("other folder") << edited([](QJsonObject &o) {
            o[QStringLiteral("folder")] = QStringLiteral("..");
        }) << QStringLiteral("folder must be \"checkpoint\"");
        QTest::newRow("no engine") << edited([](QJsonObject &o) {
            o.remove(QStringLiteral("engine"));
        }) << QStringLiteral("engine is missing");
        QTest::newRow("bad date") << edited([](QJsonObject &o) {
            QJsonObject checkpoint = o[QStringLiteral("checkpoint")].toObject();
            checkpoint[QStringLiteral("created")] = QStringLiteral("yesterday");
            o[QStringLiteral("checkpoint")] = checkpoint;
        }) << QStringLiteral("checkpoint.created");
        const auto editFile = [](const char *key, const QJsonValue &value) {
            return edited([key, value](QJsonObject &o) {
                QJsonArray files = o[QStringLiteral("files")].toArray();
                QJsonObject file = files[1].toObject();
                file[QLatin1String(key)] = value;
                files[1] = file;
                o[QStringLiteral("files")] = files;
            });
        };
        QTest::newRow("negative size") << editFile("size", -1) << QStringLiteral("files[1].size must be a whole number from 0 to 9223372036854775807, not -1");
        QTest::newRow("fractional size") << editFile("size", 1.5) << QStringLiteral("files[1].size");
        QTest::newRow("size beyond 2^53") << editFile("size", 1e300) << QStringLiteral("files[1].size");
        QTest::newRow("mode with file type") << editFile("mode", 0100644) << QStringLiteral("files[1].mode");
        QTest::newRow("short hash") << editFile("sha256", QStringLiteral("abc")) << QStringLiteral("files[1].sha256");
        QTest::newRow("path as number") << editFile("path", 3) << QStringLiteral("files[1].path");
        QTest::newRow("top-level file without hash") << edited([](QJsonObject &o) {
            QJsonArray files = o[QStringLiteral("topLevelFiles")].toArray();
            QJsonObject file = files[0].toObject();
            file.remove(QStringLiteral("sha256"));
            files[0] = file;
            o[QStringLiteral("topLevelFiles")] = files;
        }) << QStringLiteral("topLevelFiles[0].sha256 is missing");
        const auto editVolume = [](const char *key, const QJsonValue &value) {
            return edited([key, value](QJsonObject &o) {
                QJsonArray volumes = o[QStringLiteral("volumes")].toArray();
                QJsonObject volume = volumes[0].toObject();
                volume[QLatin1String(key)] = value;
                volumes[0] = volume;
                o[QStringLiteral("volumes")] = volumes;
            });
        };
        QTest::newRow("volume name with a slash") << editVolume("name", QStringLiteral("../etc")) << QStringLiteral("volumes[0].name must be a volume name");
        QTest::newRow("volume name of one letter") << editVolume("name", QStringLiteral("a")) << QStringLiteral("volumes[0].name");
        QTest::newRow("volume without driver") << edited([](QJsonObject &o) {
            QJsonArray volumes = o[QStringLiteral("volumes")].toArray();
            QJsonObject volume = volumes[0].toObject();
            volume.remove(QStringLiteral("driver"));
            volumes[0] = volume;
            o[QStringLiteral("volumes")] = volumes;
        }) << QStringLiteral("volumes[0].driver is missing");
        QTest::newRow("volume twice") << edited([](QJsonObject &o) {
            QJsonArray volumes = o[QStringLiteral("volumes")].toArray();
            volumes.append(volumes[0]);
            o[QStringLiteral("volumes")] = volumes;
        }) << QStringLiteral("volumes[1].name must be a volume listed once");
        QTest::newRow("file not an object") << edited([](QJsonObject &o) {
            o[QStringLiteral("files")] = QJsonArray{1};
        }) << QStringLiteral("files[0] must be an object, not a number");
    }

    void refusesMalformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto parsed = ArchiveManifest::fromJson(json);
        QVERIFY(!parsed.has_value());
        QVERIFY2(parsed.error().contains(expected), qPrintable(parsed.error()));
    }

    void formatsFromFileNames()
    {
        QCOMPARE(ArchiveFormats::fromFileName(QStringLiteral("/tmp/cr-first.tar.zst")), ArchiveFormat::TarZstd);
        QCOMPARE(ArchiveFormats::fromFileName(QStringLiteral("A.TGZ")), ArchiveFormat::TarGzip);
        QCOMPARE(ArchiveFormats::fromFileName(QStringLiteral("a.tar.xz")), ArchiveFormat::TarXz);
        QCOMPARE(ArchiveFormats::fromFileName(QStringLiteral("a.zip")), ArchiveFormat::Zip);
        QCOMPARE(ArchiveFormats::fromFileName(QStringLiteral("a.tar")), std::nullopt);
        QCOMPARE(ArchiveFormats::withSuffix(QStringLiteral("a"), ArchiveFormat::Zip), QStringLiteral("a.zip"));
        QCOMPARE(ArchiveFormats::withSuffix(QStringLiteral("a.zip"), ArchiveFormat::Zip), QStringLiteral("a.zip"));
        QCOMPARE(ArchiveFormats::fromName(QStringLiteral("TAR.GZ")), ArchiveFormat::TarGzip);
    }
};

QTEST_GUILESS_MAIN(ArchiveManifestTest)

#include "archivemanifesttest.moc"
