/// How the segmenter treats a character outside Chinese words.
enum ScalarClass {
    case han, digit, latin, space, other

    init(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x30...0x39, 0xFF10...0xFF19: self = .digit
        case 0x41...0x5A, 0x61...0x7A, 0xFF21...0xFF3A, 0xFF41...0xFF5A: self = .latin
        case 0x09...0x0D, 0x20, 0xA0, 0x3000: self = .space
        default: self = scalar.isHan ? .han : .other
        }
    }

    /// Characters that stay inside a number between digits: the decimal point.
    static func isDecimalPoint(_ scalar: Unicode.Scalar) -> Bool { scalar == "." || scalar == "．" }

    /// Digits of a year written in Chinese: 二○○一年 (○ is often the geometric circle, U+25CB, not 〇).
    static func isChineseDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "○", "〇", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九": true
        default: false
        }
    }

    static func isPercent(_ scalar: Unicode.Scalar) -> Bool { scalar == "%" || scalar == "％" || scalar == "‰" }

    /// Units a number takes into its token: dates and times (6月11日), magnitudes (3万亿).
    static func isNumberUnit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "年", "月", "日", "号", "时", "分", "秒", "万", "亿": true
        default: false
        }
    }

    /// Classifiers that make one token with the number before them (8个, 4名).
    static func isClassifier(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "个", "名", "位", "项", "次", "元", "岁", "家", "倍", "种", "条", "所", "件", "张", "台", "辆", "座", "架",
            "艘", "批", "届", "期":
            true
        default: false
        }
    }
}
