#pragma once
// Comparing what two ways of painting put on screen: ink masks and a count of pixels
// inked in one image with no ink near them in the other.
#include <QColor>
#include <QImage>

#include <cstdlib>

namespace Gatehouse::Tests {

// Pixels that differ visibly from the background.
inline QImage inkMask(const QImage &image, QColor background)
{
    QImage mask(image.size(), QImage::Format_Grayscale8);
    mask.fill(0);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            const int diff = std::abs(c.red() - background.red()) + std::abs(c.green() - background.green())
                + std::abs(c.blue() - background.blue());
            if (diff > 120)
                mask.setPixel(x, y, 255);
        }
    }
    return mask;
}

struct Comparison
{
    int ink = 0;      ///< ink pixels in the reference
    int differing = 0; ///< pixels inked in one image but not near an inked pixel of the other
};

// Counts ink of each mask with no ink within one pixel in the other: antialiasing and
// flattening may move an edge by a pixel, a wrong dash phase moves whole dashes.
inline Comparison compare(const QImage &reference, const QImage &drawn)
{
    Comparison result;
    const auto nearInk = [](const QImage &mask, int x, int y) {
        for (int dy = -1; dy <= 1; ++dy) {
            for (int dx = -1; dx <= 1; ++dx) {
                const int px = x + dx, py = y + dy;
                if (px >= 0 && py >= 0 && px < mask.width() && py < mask.height() && qGray(mask.pixel(px, py)) > 0)
                    return true;
            }
        }
        return false;
    };
    for (int y = 0; y < reference.height(); ++y) {
        for (int x = 0; x < reference.width(); ++x) {
            const bool a = qGray(reference.pixel(x, y)) > 0;
            const bool b = qGray(drawn.pixel(x, y)) > 0;
            result.ink += a ? 1 : 0;
            if ((a && !nearInk(drawn, x, y)) || (b && !nearInk(reference, x, y)))
                ++result.differing;
        }
    }
    return result;
}

// Pixels of `a` whose colour no pixel within one pixel of the same place in `b` has
// (within `tolerance`, the sum of the channels' differences), and the other way round.
inline int differingPixels(const QImage &a, const QImage &b, int tolerance = 90)
{
    const auto near = [tolerance](const QImage &image, int x, int y, QRgb colour) {
        for (int dy = -1; dy <= 1; ++dy) {
            for (int dx = -1; dx <= 1; ++dx) {
                const int px = x + dx, py = y + dy;
                if (px < 0 || py < 0 || px >= image.width() || py >= image.height())
                    continue;
                const QRgb other = image.pixel(px, py);
                if (std::abs(qRed(other) - qRed(colour)) + std::abs(qGreen(other) - qGreen(colour))
                        + std::abs(qBlue(other) - qBlue(colour))
                    <= tolerance)
                    return true;
            }
        }
        return false;
    };
    int differing = 0;
    for (int y = 0; y < a.height() && y < b.height(); ++y) {
        for (int x = 0; x < a.width() && x < b.width(); ++x) {
            if (!near(b, x, y, a.pixel(x, y)) || !near(a, x, y, b.pixel(x, y)))
                ++differing;
        }
    }
    return differing;
}

} // namespace Gatehouse::Tests
