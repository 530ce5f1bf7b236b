package org.preptable.gateway.kds.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.auth.RandomTokens;

/** The kiosk token's QR code, as the gateway draws it in SVG, reads back as the token with ZXing's own reader. */
class KioskQrTest {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");
    private static final int SCALE = 4;

    @Test
    void theSvgDecodesBackToTheToken() throws Exception {
        String token = KioskService.TOKEN_PREFIX + RandomTokens.base64Url(32);
        String svg = KioskQr.svg(token);

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>")
                .doesNotContain("<script").doesNotContain(token);
        assertThat(decode(svg)).isEqualTo(token);
    }

    @Test
    void everyTokenGetsItsOwnCode() throws Exception {
        String one = KioskService.TOKEN_PREFIX + RandomTokens.base64Url(32);
        String two = KioskService.TOKEN_PREFIX + RandomTokens.base64Url(32);
        assertThat(KioskQr.svg(one)).isNotEqualTo(KioskQr.svg(two));
        assertThat(decode(KioskQr.svg(two))).isEqualTo(two);
    }

    /** Paints the SVG's unit squares into pixels (white elsewhere) and reads them with ZXing's QR reader. */
    private static String decode(String svg) throws Exception {
        Matcher box = VIEW_BOX.matcher(svg);
        assertThat(box.find()).as("viewBox in %s", svg).isTrue();
        int size = Integer.parseInt(box.group(1));
        int pixels = size * SCALE;
        int[] argb = new int[pixels * pixels];
        Arrays.fill(argb, 0xFFFFFFFF);
        Matcher module = MODULE.matcher(svg);
        int modules = 0;
        while (module.find()) {
            modules++;
            int x = Integer.parseInt(module.group(1));
            int y = Integer.parseInt(module.group(2));
            for (int dy = 0; dy < SCALE; dy++) {
                for (int dx = 0; dx < SCALE; dx++) {
                    argb[(y * SCALE + dy) * pixels + x * SCALE + dx] = 0xFF000000;
                }
            }
        }
        assertThat(modules).isGreaterThan(100);
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, pixels, argb)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
