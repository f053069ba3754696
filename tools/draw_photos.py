#!/usr/bin/env python3
"""Draws the example site's illustrations as PNG files, with no libraries.

The example reports need photos of their own; these simple scenes (a meeting
room with two flags, a ministry building, a classroom) are drawn by code so
the repository holds nothing it did not make. Run from the repository root:

    python3 tools/draw_photos.py
"""
import math
import struct
import zlib

W, H = 960, 600


class Canvas:
    def __init__(self, w=W, h=H, color=(255, 255, 255)):
        self.w, self.h = w, h
        self.px = [list(color) * w for _ in range(h)]

    def put(self, x, y, c):
        if 0 <= x < self.w and 0 <= y < self.h:
            row = self.px[y]
            row[3 * x:3 * x + 3] = c

    def rect(self, x0, y0, x1, y1, c):
        x0, x1 = max(0, int(x0)), min(self.w, int(x1))
        for y in range(max(0, int(y0)), min(self.h, int(y1))):
            self.px[y][3 * x0:3 * x1] = list(c) * (x1 - x0)

    def vgradient(self, x0, y0, x1, y1, top, bottom):
        for y in range(int(y0), int(y1)):
            t = (y - y0) / max(1, (y1 - y0 - 1))
            c = [round(a + (b - a) * t) for a, b in zip(top, bottom)]
            self.rect(x0, y, x1, y + 1, c)

    def circle(self, cx, cy, r, c):
        for y in range(int(cy - r), int(cy + r) + 1):
            dx = math.sqrt(max(0, r * r - (y - cy) ** 2))
            self.rect(cx - dx, y, cx + dx, y + 1, c)

    def polygon(self, pts, c):
        ys = [p[1] for p in pts]
        for y in range(int(min(ys)), int(max(ys)) + 1):
            xs = []
            for (xa, ya), (xb, yb) in zip(pts, pts[1:] + pts[:1]):
                if (ya <= y < yb) or (yb <= y < ya):
                    xs.append(xa + (y - ya) * (xb - xa) / (yb - ya))
            xs.sort()
            for a, b in zip(xs[::2], xs[1::2]):
                self.rect(a, y, b, y + 1, c)

    def person(self, x, y, scale, shirt, skin=(226, 188, 160), hair=(60, 45, 35)):
        self.polygon([(x - 34 * scale, y + 90 * scale), (x - 26 * scale, y + 20 * scale),
                      (x + 26 * scale, y + 20 * scale), (x + 34 * scale, y + 90 * scale)], shirt)
        self.circle(x, y - 8 * scale, 24 * scale, hair)
        self.circle(x, y, 22 * scale, skin)

    def save(self, path):
        raw = b"".join(b"\x00" + bytes(row) for row in self.px)
        def chunk(kind, data):
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", self.w, self.h, 8, 2, 0, 0, 0))
        png += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
        with open(path, "wb") as f:
            f.write(png)


def flag_sweden(c, x, y, w, h):
    c.rect(x, y, x + w, y + h, (0, 90, 160))
    c.rect(x + w * 5 / 16, y, x + w * 7 / 16, y + h, (254, 204, 0))
    c.rect(x, y + h * 2 / 5, x + w, y + h * 3 / 5, (254, 204, 0))


def flag_kazakhstan(c, x, y, w, h):
    c.rect(x, y, x + w, y + h, (0, 175, 202))
    c.circle(x + w / 2, y + h / 2 - 2, h / 4, (254, 197, 4))


def meeting_room(path, variant=0):
    c = Canvas()
    c.vgradient(0, 0, W, 360, (236, 232, 222), (214, 206, 190))
    c.rect(0, 360, W, H, (150, 120, 95))
    c.vgradient(610, 50, 900, 260, (170, 205, 235), (215, 232, 245))
    c.rect(750, 50, 760, 260, (236, 232, 222))
    c.rect(610, 150, 900, 158, (236, 232, 222))
    shirts = [(40, 60, 90), (120, 30, 40), (60, 90, 70), (30, 40, 60), (90, 80, 120), (50, 50, 55)]
    for i, x in enumerate(range(150 - 40 * variant, 850, 140 - 25 * variant)):
        c.person(x, 300, 1.0, shirts[(i + 2 * variant) % len(shirts)],
                 skin=[(226, 188, 160), (205, 165, 130), (240, 205, 180)][i % 3])
    c.polygon([(60, 420), (900, 420), (960, 560), (0, 560)], (112, 76, 48))
    c.rect(0, 560, W, 575, (80, 54, 34))
    c.rect(455, 330, 460, 420, (90, 90, 90))
    flag_sweden(c, 405, 330, 50, 32)
    c.rect(505, 330, 510, 420, (90, 90, 90))
    flag_kazakhstan(c, 510, 330, 50, 32)
    for x in (180, 330, 640, 790):
        c.rect(x, 440, x + 70, 445, (245, 245, 240))
        c.rect(x, 445, x + 70, 490, (250, 250, 246))
    c.save(path)


def ministry(path):
    c = Canvas()
    c.vgradient(0, 0, W, 420, (120, 175, 225), (205, 228, 245))
    c.circle(820, 90, 45, (255, 236, 170))
    c.rect(0, 420, W, H, (196, 190, 178))
    c.rect(180, 170, 780, 430, (232, 226, 210))
    c.polygon([(160, 175), (480, 80), (800, 175)], (210, 200, 180))
    for i in range(7):
        x = 215 + i * 80
        c.rect(x, 200, x + 28, 420, (246, 242, 232))
        c.rect(x - 6, 196, x + 34, 206, (220, 212, 196))
    for i in range(4):
        c.rect(160 - i * 20, 430 + i * 14, 800 + i * 20, 444 + i * 14, (215 - i * 8, 208 - i * 8, 195 - i * 8))
    c.rect(455, 40, 460, 180, (80, 80, 80))
    flag_kazakhstan(c, 460, 40, 70, 42)
    for x, s in ((300, (40, 60, 90)), (360, (120, 30, 40)), (610, (60, 90, 70))):
        c.person(x, 470, 0.7, s)
    c.save(path)


def classroom(path):
    c = Canvas()
    c.vgradient(0, 0, W, 380, (228, 236, 232), (206, 220, 214))
    c.rect(0, 380, W, H, (170, 160, 140))
    c.rect(90, 60, 600, 300, (48, 80, 66))
    c.rect(80, 300, 610, 312, (150, 120, 90))
    for i, w in enumerate((300, 240, 360, 200)):
        c.rect(130, 100 + i * 45, 130 + w, 106 + i * 45, (225, 235, 228))
    c.person(700, 230, 1.1, (245, 245, 245), skin=(205, 165, 130))
    c.rect(640, 330, 760, 345, (245, 245, 245))
    for i, x in enumerate(range(120, 900, 160)):
        c.person(x, 470, 0.9, [(70, 110, 150), (150, 70, 90), (80, 120, 90), (110, 90, 140), (60, 60, 70)][i % 5])
        c.rect(x - 60, 530, x + 60, 545, (120, 90, 60))
    c.save(path)


if __name__ == "__main__":
    base = "content/reports/"
    meeting_room(base + "2014-05-26-kazakstan/delegation.png")
    ministry(base + "2014-05-26-kazakstan/ministeriet.png")
    classroom(base + "2016-10-04-sjukskoterskor/utbildning.png")
    meeting_room(base + "2021-11-16-astana-rundabord/rundabordet.png", variant=1)
