// `push()` without an argument appends a default element and yields it: as a value, as the
// target of an assignment (`a.push() = x`), as the base of a member or index access
// (`ss.push().v = y`), and on `bytes` (`b.push() = 0x01`).
pragma solidity ^0.8.20;

contract PushLvalue {
    struct S {
        uint256 v;
        uint256[] list;
    }

    event Word(uint256 v);
    event Data(bytes b);

    uint256[] numbers;
    uint256[][] nested;
    S[] items;
    bytes data;

    function run() external payable {
        numbers.push() = 5;
        numbers.push() = 6;
        numbers.push() += 7;
        emit Word(numbers.length);
        emit Word(numbers[0] + numbers[1] + numbers[2]);
        uint256 fresh = numbers.push();
        emit Word(fresh);
        emit Word(numbers.length);
        items.push().v = 9;
        items.push().list.push(3);
        emit Word(items[0].v);
        emit Word(items[1].list[0]);
        nested.push().push() = 11;
        emit Word(nested[0][0]);
        data.push() = 0x01;
        data.push() = 0x02;
        data.push();
        emit Data(data);
        (numbers.push(), numbers.push()) = (1, 2);
        emit Word(numbers[numbers.length - 1]);
    }
}
// ----
// success
// Word("3")
// Word("18")
// Word("0")
// Word("4")
// Word("9")
// Word("3")
// Word("11")
// Data("0x010200")
// Word("2")
