#include "chain/block.hpp"

#include "chain/merkle.hpp"
#include "vm/keccak.hpp"

namespace mallory::chain {

Bytes BlockHeader::encode() const {
    rlp::Encoder e;
    const auto m = e.begin_list();
    e.hash(parent_hash);
    e.uint(number);
    e.uint(timestamp);
    e.address(coinbase);
    e.uint(gas_limit);
    e.uint(gas_used);
    e.uint(difficulty);
    e.hash(transactions_root);
    e.hash(receipts_root);
    e.hash(state_root);
    e.end_list(m);
    return std::move(e).take();
}

bool BlockHeader::decode(BytesView in, BlockHeader& out) {
    rlp::Reader top{in}, r{{}};
    return top.list(r) && top.finish() && r.hash(out.parent_hash) && r.uint(out.number) &&
           r.uint(out.timestamp) && r.address(out.coinbase) && r.uint(out.gas_limit) &&
           r.uint(out.gas_used) && r.uint(out.difficulty) && r.hash(out.transactions_root) &&
           r.hash(out.receipts_root) && r.hash(out.state_root) && r.finish();
}

Hash BlockHeader::hash() const {
    return vm::keccak256(BytesView{encode()});
}

U256 prevrandao_after(const Hash& parent_hash) {
    return vm::keccak256_word(BytesView{parent_hash});
}

U256 simulated_block_hash(std::uint64_t number) {
    return vm::load_be(vm::keccak256(std::to_string(number)).data());
}

Hash transactions_root(const std::vector<Transaction>& txs) {
    std::vector<Hash> leaves;
    leaves.reserve(txs.size());
    for (const auto& tx : txs) {
        const Hash h = tx.hash();
        leaves.push_back(merkle_leaf(BytesView{h}));
    }
    return merkle_root(std::move(leaves));
}

Hash receipts_root(const std::vector<Receipt>& receipts) {
    std::vector<Hash> leaves;
    leaves.reserve(receipts.size());
    for (const auto& r : receipts)
        leaves.push_back(merkle_leaf(BytesView{r.encode()}));
    return merkle_root(std::move(leaves));
}

Hash Block::compute_transactions_root() const {
    return transactions_root(transactions);
}
Hash Block::compute_receipts_root() const {
    return receipts_root(receipts);
}

} // namespace mallory::chain
