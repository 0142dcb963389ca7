// SPDX-License-Identifier: GPL-2.0-or-later
// An archive's image.tar may only add the container's image when loaded:
// the layout the engine saves by id passes, and every way a tar could name
// an image on the target, hold another image, or carry other files is
// refused — by ImageTarCheck alone and through ArchiveValidator.
#include "imagetarcheck.h"
#include "archivevalidator.h"
#include "samplearchives.h"
#include "savedimage.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

namespace
{

/// The problem ImageTarCheck finds in @p tar; empty when it passes.
QString problemOf(const QByteArray &tar)
{
    ImageTarCheck check(SavedImage::imageId(), ArchiveLimits());
    // In two pieces, as an archive hands out its data.
    const qsizetype half = tar.size() / 2;
    if (!check.feed(QByteArrayView(tar).first(half)) || !check.feed(QByteArrayView(tar).sliced(half)) || !check.finish()) {
        return check.reader().errorString();
    }
    return {};
}

} // namespace

class ImageTarCheckTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theEnginesSaveByIdPasses()
    {
        QCOMPARE(problemOf(SavedImage().tar()), QString());
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("tar");
        QTest::addColumn<QString>("problem");
        {
            SavedImage image;
            image.manifestEntry.insert(QStringLiteral("RepoTags"), QJsonArray{QStringLiteral("busybox:latest")});
            QTest::newRow("a tag in manifest.json") << image.tar() << QStringLiteral("\"manifest.json\" names the image");
        }
        {
            SavedImage image;
            image.extraFiles = {{"repositories", "{\"busybox\":{\"latest\":\"1\"}}"}};
            QTest::newRow("a repositories file") << image.tar() << QStringLiteral("It names images (a \"repositories\" file)");
        }
        {
            SavedImage image;
            image.indexEntry.insert(QStringLiteral("annotations"),
                                    QJsonObject{{QStringLiteral("org.opencontainers.image.ref.name"), QStringLiteral("latest")}});
            QTest::newRow("an OCI reference in index.json") << image.tar() << QStringLiteral("\"index.json\" names the image");
        }
        {
            SavedImage image;
            image.indexEntry.insert(QStringLiteral("annotations"), QJsonObject{{QStringLiteral("io.containerd.image.name"), QStringLiteral("docker.io/x:1")}});
            QTest::newRow("a containerd name in index.json") << image.tar() << QStringLiteral("\"index.json\" names the image");
        }
        {
            SavedImage image;
            image.indexAnnotations = {{QStringLiteral("io.containerd.image.name"), QStringLiteral("docker.io/x:1")}};
            QTest::newRow("a name on the whole index") << image.tar() << QStringLiteral("\"index.json\" names the image");
        }
        {
            SavedImage image;
            image.indexEntry.insert(QStringLiteral("digest"), QString(QLatin1String("sha256:") + QString(64, QLatin1Char('e'))));
            QTest::newRow("an index of a manifest not in the tar") << image.tar() << QStringLiteral("names a manifest the tar does not hold");
        }
        {
            SavedImage image;
            image.manifestEntry.insert(QStringLiteral("Config"), QString::fromLatin1(SavedImage::blobName(SavedImage::layer)));
            QTest::newRow("another image") << image.tar() << QStringLiteral("Its image is not the container's image %1.").arg(SavedImage::imageId());
        }
        {
            SavedImage image;
            image.twoImages = true;
            QTest::newRow("two images") << image.tar() << QStringLiteral("\"manifest.json\" is missing or does not list exactly one image");
        }
        {
            SavedImage image;
            image.manifestEntry.insert(QStringLiteral("Layers"), QJsonArray{QString(QLatin1String("blobs/sha256/") + QString(64, QLatin1Char('f')))});
            QTest::newRow("a layer not in the tar") << image.tar() << QStringLiteral("names a layer the tar does not hold");
        }
        {
            SavedImage image;
            image.ociLayout = "{\"imageLayoutVersion\":\"2.0.0\"}";
            QTest::newRow("another layout") << image.tar() << QStringLiteral("\"oci-layout\" is missing or is not version 1.0.0");
        }
        {
            SavedImage image;
            image.extraFiles = {{"etc/passwd", "root::0:0::/:/bin/sh\n"}};
            QTest::newRow("a file of no image") << image.tar() << QStringLiteral("\"etc/passwd\" is not part of an image as the engine saves it");
        }
        {
            SavedImage image;
            image.extraFiles = {{"blobs/sha256/" + QByteArray(64, 'a'), "x"}, {"blobs/sha256/" + QByteArray(64, 'a'), "y"}};
            QTest::newRow("a blob twice") << image.tar() << QStringLiteral("appears twice");
        }
        {
            SavedImage image;
            image.extraFiles = {{"index.json", "{}"}};
            QTest::newRow("index.json twice") << image.tar() << QStringLiteral("\"index.json\" appears twice");
        }
        {
            SavedImage image;
            image.extraFiles = {{"manifest.json.big", QByteArray(10, 'x')}};
            QTest::newRow("a near name") << image.tar() << QStringLiteral("\"manifest.json.big\" is not part of an image");
        }
        QTest::newRow("a link") << RawTar().entry({.name = "oci-layout", .type = '2', .linkName = "/etc/shadow"}).finish() << QStringLiteral("link");
        QTest::newRow("a device") << RawTar().entry({.name = "blobs", .type = '3'}).finish() << QStringLiteral("blobs");
        {
            const QByteArray big(1024 * 1024 + 1, ' ');
            QTest::newRow("a manifest.json over 1 MiB") << RawTar().file("manifest.json", big).finish() << QStringLiteral("larger than 1048576 bytes");
        }
        {
            const QByteArray whole = SavedImage().tar();
            QTest::newRow("cut short") << whole.first(whole.size() - 1024) << QStringLiteral("end");
        }
    }

    void refused()
    {
        QFETCH(QByteArray, tar);
        QFETCH(QString, problem);
        const QString found = problemOf(tar);
        QVERIFY2(found.contains(problem), qPrintable(found));
    }

    void theValidatorAppliesIt()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString good = folder.filePath(QStringLiteral("good.tar.zst"));
        QVERIFY(writeArchive(good, ArchiveFormat::TarZstd, archiveWithImage(SavedImage().tar())));
        const ArchiveValidation accepted = ArchiveValidator(good, ArchiveFormat::TarZstd, ArchiveLimits()).run();
        QVERIFY2(accepted.ok(), qPrintable(accepted.problem));
        QVERIFY(accepted.manifest->carriesImage());

        SavedImage tagged;
        tagged.manifestEntry.insert(QStringLiteral("RepoTags"), QJsonArray{QStringLiteral("busybox:latest")});
        const QString bad = folder.filePath(QStringLiteral("tagged.tar.zst"));
        QVERIFY(writeArchive(bad, ArchiveFormat::TarZstd, archiveWithImage(tagged.tar())));
        const ArchiveValidation refused = ArchiveValidator(bad, ArchiveFormat::TarZstd, ArchiveLimits()).run();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.problem.startsWith(QLatin1String("The archive's image.tar is refused: Its \"manifest.json\" names the image")),
                 qPrintable(refused.problem));
        QCOMPARE(refused.offendingEntry, QStringLiteral("image.tar/manifest.json"));
    }
};

QTEST_GUILESS_MAIN(ImageTarCheckTest)
#include "imagetarchecktest.moc"
